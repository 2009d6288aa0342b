import { Command, Option } from 'commander';
import type { RedisMode } from '@org/redis-interface';
import { formatCheckLine } from '../calculations/formatCheckLine.js';
import { parseCountFlag } from '../calculations/parseCountFlag.js';
import type { EndpointSide } from '../models/EndpointFlags.js';
import { openEndpoint } from '../services/openEndpoint.js';
import { runSmoke } from '../services/runSmoke.js';
import { withDeadline } from '../services/withDeadline.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

interface SmokeOptionValues extends EndpointOptionValues, OutputOptionValues {
  readonly side: EndpointSide;
  readonly expectMode?: RedisMode;
  readonly maxLatencyMs: number;
}

/** A graceful close waits for replies; a master that stopped answering must not hold up a pipeline. */
const CLOSE_TIMEOUT_MS = 2_000;

/**
 * `redis-migrate smoke`: checks one Redis after a deployment (the target by default, the source
 * with `--side source`) and prints one `ok`/`FAIL` line per check: the mode, slot coverage, each
 * master's latency and a write/read/delete through it, replicas in sync, pub/sub delivery and the
 * user's permissions. Exit 0 when every check passes, 1 (`DIFFERENCES_FOUND`) otherwise; a side
 * that cannot be reached at all fails with its own code (`TARGET_UNREACHABLE`…).
 */
export const smokeCommand: CommandDefinition = (context, done) => {
  const command = new Command('smoke').description(
    'Smoke-test one Redis after a deployment (the target by default): one ok/FAIL line per check, exit 1 when one fails',
  );
  withEndpointOptions(command, ['source', 'target']);
  command
    .addOption(
      new Option('--side <side>', 'which side to check').choices(['source', 'target']).default('target'),
    )
    .addOption(
      new Option('--expect-mode <mode>', 'fail unless the server runs in this mode').choices([
        'standalone',
        'cluster',
      ]),
    )
    .option(
      '--max-latency-ms <n>',
      'each master must answer within this many milliseconds',
      (value: string) => parseCountFlag('--max-latency-ms', value),
      250,
    );
  withOutputOptions(command);
  return command.action(async (options: SmokeOptionValues) => {
    const reporter = reporterFor(options, context);
    // A master that does not answer is what smoke reports, not a reason to stop before checking.
    const endpoint = await openEndpoint(
      options.side,
      endpointFlags(options, options.side),
      context.env,
      {},
      { allowSilentMasters: true },
    );
    try {
      const report = await runSmoke(endpoint, {
        expectMode: options.expectMode,
        maxLatencyMs: options.maxLatencyMs,
      });
      const failed = report.checks.filter((check) => !check.ok).length;
      await reporter.result({ ...report }, [
        ...report.checks.map(formatCheckLine),
        failed === 0
          ? `smoke: ${report.checks.length} checks passed on ${endpoint.description}`
          : `smoke: ${failed} of ${report.checks.length} checks FAILED on ${endpoint.description}`,
      ]);
      done(report.ok ? 0 : 1);
    } finally {
      const closed = await withDeadline(endpoint.close(), CLOSE_TIMEOUT_MS);
      if (!closed.settled) await endpoint.service.disconnect();
    }
  });
};
