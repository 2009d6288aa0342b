import { Command } from 'commander';
import { readCheckpoint } from '../services/checkpointFile.js';
import { copyKeys } from '../services/copyKeys.js';
import { openEndpoints } from '../services/openEndpoints.js';
import { touchedSince } from '../services/touchedSince.js';
import { createRateLimiter } from '../services/createRateLimiter.js';
import { verifyKeyspace } from '../services/verifyKeyspace.js';
import { mismatchLines } from '../calculations/mismatchLines.js';
import { fullSample } from '../calculations/parseSampleFlag.js';
import { formatBytes } from '../calculations/progressLine.js';
import { parseCountFlag } from '../calculations/parseCountFlag.js';
import { verifyDefaults } from '../models/verifyDefaults.js';
import { MigrateError } from '../models/MigrateError.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

interface RollbackFlags extends EndpointOptionValues, OutputOptionValues {
  readonly since?: string;
  readonly sinceCheckpoint?: string;
  readonly batch: string;
  readonly db?: string;
  readonly targetPrefix?: string;
  readonly checkpoint: string;
  readonly resume?: boolean;
  readonly verify: boolean;
}

/**
 * `redis-migrate rollback`: copy the target's keys back onto the source (REPLACE), all of them or
 * those touched since a time, with the same flags as the copy that moved them (`--source` is still
 * the old server); then verify every target key against the source (exit 1 when one differs:
 * keys deleted on the target after the cutover show as extra source keys, and stay).
 */
export const rollbackCommand: CommandDefinition = (context, done) =>
  withOutputOptions(
    withEndpointOptions(
      new Command('rollback').description(
        'The way back after writes reached the target: copy the target keys (all, or touched since a time) back onto the source, replacing them.',
      ),
      ['source', 'target'],
    ),
  )
    .option(
      '--since <time>',
      'only keys read or written on the target since this ISO 8601 time (the cutover)',
    )
    .option('--since-checkpoint <file>', "only keys touched since the copy's end, as its checkpoint recorded")
    .option('--batch <n>', 'SCAN COUNT and keys per pipeline', '500')
    .option('--db <n>', 'the source database, as given to copy')
    .option('--target-prefix <prefix>', 'the target prefix, as given to copy')
    .option('--checkpoint <file>', 'the rollback checkpoint file', 'redis-migrate-rollback.checkpoint.json')
    .option('--resume', 'carry on from the rollback checkpoint')
    .option('--no-verify', 'skip the verify pass after the copy back')
    .action(async (flags: RollbackFlags) => {
      const since = await sinceOf(flags);
      const reporter = reporterFor(flags, context);
      const db = flags.db === undefined ? undefined : parseCountFlag('--db', flags.db, 0);
      const opened = await openEndpoints({
        source: endpointFlags(flags, 'source'),
        target: endpointFlags(flags, 'target'),
        env: context.env,
        sourceOverrides: { db },
        targetOverrides: { keyPrefix: flags.targetPrefix },
      });
      // The copy runs the other way: from the new server back to the old one.
      const endpoints = { source: opened.target, target: opened.source, close: () => opened.close() };
      try {
        reporter.info(
          `rollback: ${endpoints.source.description} -> ${endpoints.target.description}${since === undefined ? '' : `, keys touched since ${since.toISOString()}`}`,
        );
        const report = await copyKeys({
          endpoints,
          options: {
            onExisting: 'replace',
            batch: parseCountFlag('--batch', flags.batch),
            inflight: 4,
            maxOpsPerSecond: undefined,
            bigKeyBytes: 16 * 1024 * 1024,
            match: undefined,
            checkpointPath: flags.checkpoint,
            checkpointIntervalMs: 2_000,
            resume: flags.resume === true,
            retryForMs: 60_000,
          },
          reporter,
          signals: context.signals,
          selectKeys: since === undefined ? undefined : touchedSince(endpoints.source.service, since),
        });
        const verified = flags.verify
          ? await verifyKeyspace({
              source: endpoints.source,
              target: endpoints.target,
              batch: parseCountFlag('--batch', flags.batch),
              sample: fullSample,
              ttlToleranceMs: verifyDefaults.ttlToleranceMs,
              bigKeyBytes: verifyDefaults.bigKeyBytes,
              maxMismatches: verifyDefaults.maxMismatches,
              limiter: createRateLimiter(undefined),
              progress: reporter.progress('verify'),
            })
          : undefined;
        await reporter.result(
          {
            ...report,
            command: 'rollback',
            ok: report.ok && verified?.clean !== false,
            since: since?.toISOString() ?? null,
            verify: verified ?? null,
          },
          [
            `rolled back ${report.copied} keys (${formatBytes(report.bytes)}) onto ${endpoints.target.description} in ${(report.durationMs / 1000).toFixed(1)} s; failed ${report.failed}`,
            verified === undefined
              ? 'verify: skipped (--no-verify)'
              : `verify: ${verified.clean ? 'ok' : 'DIFFERENCES FOUND'}: ${verified.keysChecked} keys checked against the source; ${JSON.stringify(verified.mismatches)}`,
            ...mismatchLines(verified?.firstMismatches ?? []),
          ],
        );
        done(!report.ok ? 21 : verified?.clean === false ? 1 : 0);
      } finally {
        await endpoints.close();
      }
    });

async function sinceOf(flags: RollbackFlags): Promise<Date | undefined> {
  if (flags.since !== undefined && flags.sinceCheckpoint !== undefined) {
    throw new MigrateError('USAGE', '--since and --since-checkpoint both give the time: pass one of them');
  }
  if (flags.sinceCheckpoint !== undefined) {
    const finishedAt = (await readCheckpoint(flags.sinceCheckpoint))?.finishedAt;
    if (finishedAt === undefined) {
      throw new MigrateError(
        'CHECKPOINT_INVALID',
        `${flags.sinceCheckpoint} holds no finished copy: pass --since <time> instead`,
      );
    }
    return new Date(finishedAt);
  }
  if (flags.since === undefined) return undefined;
  const since = new Date(flags.since);
  if (Number.isNaN(since.getTime())) {
    throw new MigrateError(
      'USAGE',
      `--since must be an ISO 8601 time such as 2026-12-03T14:00:00Z, got ${JSON.stringify(flags.since)}`,
    );
  }
  return since;
}
