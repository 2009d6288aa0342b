import { Command } from 'commander';
import { planLines } from '../calculations/planLines.js';
import { parseCountFlag } from '../calculations/parseCountFlag.js';
import { MigrateError } from '../models/MigrateError.js';
import { openEndpoints } from '../services/openEndpoints.js';
import { runPlan } from '../services/runPlan.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

interface PlanOptionValues extends EndpointOptionValues, OutputOptionValues {
  readonly db?: number;
  readonly targetPrefix?: string;
  readonly batch: number;
  readonly sampleKeys: number;
  readonly bigKeyBytes: number;
  readonly maxOpsPerSecond?: number;
}

const count =
  (flag: string, minimum = 1) =>
  (value: string): number =>
    parseCountFlag(flag, value, minimum);

/**
 * `redis-migrate plan`: a preflight that changes nothing. Both sides reachable, their modes and
 * versions, whether the target can load the source's DUMP payloads, whether the target is empty,
 * keys and memory per source node, the biggest keys of a sample, other source databases and the
 * flags that copy them, and a time estimate from a short timed read.
 *
 * Exit 0 when a copy can go ahead (a non-empty target is a warning); `INCOMPATIBLE_VERSIONS` (19)
 * when the target is older than the source, after printing the plan.
 */
export const planCommand: CommandDefinition = (context, done) => {
  const command = new Command('plan').description(
    'Preflight a copy, changing nothing: reachability, versions, DUMP compatibility, sizes, biggest keys, time estimate',
  );
  withEndpointOptions(command, ['source', 'target']);
  command
    .option('--db <n>', 'the source database (standalone source only)', count('--db', 0))
    .option('--target-prefix <prefix>', 'keys would land on the target under this prefix')
    .option('--batch <n>', 'SCAN COUNT and keys per pipeline', count('--batch'), 500)
    .option(
      '--sample-keys <n>',
      'keys sampled per source node for sizes and the estimate',
      count('--sample-keys'),
      1000,
    )
    .option(
      '--big-key-bytes <n>',
      'a key above this MEMORY USAGE is copied element by element',
      count('--big-key-bytes'),
      16_777_216,
    )
    .option(
      '--max-ops-per-second <n>',
      'cap on commands per second sent to the source',
      count('--max-ops-per-second'),
    );
  withOutputOptions(command);
  return command.action(async (options: PlanOptionValues) => {
    const reporter = reporterFor(options, context);
    const endpoints = await openEndpoints({
      source: endpointFlags(options, 'source'),
      target: endpointFlags(options, 'target'),
      env: context.env,
      sourceOverrides: { db: options.db },
      targetOverrides: { keyPrefix: options.targetPrefix },
    });
    try {
      const report = await runPlan(
        endpoints,
        {
          db: options.db,
          batch: options.batch,
          sampleKeys: options.sampleKeys,
          bigKeyBytes: options.bigKeyBytes,
          maxOpsPerSecond: options.maxOpsPerSecond,
        },
        reporter,
      );
      for (const warning of report.warnings) reporter.warn(warning);
      await reporter.result({ ...report }, planLines(report));
      if (!report.compatible) throw new MigrateError('INCOMPATIBLE_VERSIONS', report.compatibility);
      done(0);
    } finally {
      await endpoints.close();
    }
  });
};
