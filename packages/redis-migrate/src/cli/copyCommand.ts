import { Command, Option } from 'commander';
import { formatBytes } from '../calculations/progressLine.js';
import { parseCountFlag } from '../calculations/parseCountFlag.js';
import type { CopyOptions, OnExisting } from '../models/CopyOptions.js';
import type { CopyReport } from '../models/CopyReport.js';
import { redisMigrationControlDefaults } from '@org/redis-interface';
import { MigrateError } from '../models/MigrateError.js';
import { copyKeys } from '../services/copyKeys.js';
import { openEndpoints } from '../services/openEndpoints.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

interface CopyFlags extends EndpointOptionValues, OutputOptionValues {
  readonly onExisting: OnExisting;
  readonly batch: string;
  readonly inflight: string;
  readonly maxOpsPerSecond?: string;
  readonly bigKeyBytes: string;
  readonly match?: string;
  readonly db?: string;
  readonly targetPrefix?: string;
  readonly checkpoint: string;
  readonly resume?: boolean;
  readonly retryForMs: string;
  readonly live?: boolean;
  readonly controlKey: string;
}

/** `redis-migrate copy`: see `copyKeys`. */
export const copyCommand: CommandDefinition = (context, done) =>
  withOutputOptions(
    withEndpointOptions(
      new Command('copy').description(
        'Copy every key of the source to the target (the source is only read): DUMP/RESTORE with TTLs, resumable from a checkpoint.',
      ),
      ['source', 'target'],
    ),
  )
    .addOption(
      new Option(
        '--on-existing <what>',
        'a key that already exists on the target: fail (target must be empty), skip or replace',
      )
        .choices(['fail', 'skip', 'replace'])
        .default('fail'),
    )
    .option('--batch <n>', 'SCAN COUNT and keys per pipeline', '500')
    .option('--inflight <n>', 'pages copied at once per source node', '4')
    .option('--max-ops-per-second <n>', 'cap on commands per second sent to the source')
    .option(
      '--big-key-bytes <n>',
      'keys over this MEMORY USAGE are copied element by element (0: never)',
      '16777216',
    )
    .option('--match <pattern>', 'only keys matching this SCAN pattern')
    .option('--db <n>', 'the source database (standalone source)')
    .option('--target-prefix <prefix>', 'write keys under this prefix on the target (e.g. db3: for --db 3)')
    .option(
      '--checkpoint <file>',
      'the checkpoint file, written every 2 s and on SIGINT/SIGTERM',
      'redis-migrate-copy.checkpoint.json',
    )
    .option('--resume', 'carry on from the checkpoint')
    .option('--retry-for-ms <n>', 'how long a failing node (failover, timeouts) is retried', '60000')
    .option(
      '--live',
      'backfill while the application writes both sides (dual-write): never overwrite, never resurrect a deleted key',
    )
    .option(
      '--control-key <key>',
      'with --live: the control key of the move (keys left for verify --repair go to <key>:repair)',
      redisMigrationControlDefaults.key,
    )
    .action(async (flags: CopyFlags, command: Command) => {
      const live = flags.live === true;
      if (live && command.getOptionValueSource('onExisting') === 'cli' && flags.onExisting !== 'skip') {
        throw new MigrateError(
          'USAGE',
          `--live never overwrites and expects a target the application already writes: drop --on-existing ${flags.onExisting}`,
        );
      }
      const options: CopyOptions = {
        // A live target holds the application's newer writes: every existing key is kept.
        onExisting: live ? 'skip' : flags.onExisting,
        live: live ? { controlKey: flags.controlKey } : undefined,
        batch: parseCountFlag('--batch', flags.batch),
        inflight: parseCountFlag('--inflight', flags.inflight),
        maxOpsPerSecond:
          flags.maxOpsPerSecond === undefined
            ? undefined
            : parseCountFlag('--max-ops-per-second', flags.maxOpsPerSecond),
        bigKeyBytes: parseCountFlag('--big-key-bytes', flags.bigKeyBytes, 0),
        match: flags.match,
        checkpointPath: flags.checkpoint,
        checkpointIntervalMs: 2_000,
        resume: flags.resume === true,
        retryForMs: parseCountFlag('--retry-for-ms', flags.retryForMs, 0),
      };
      const db = flags.db === undefined ? undefined : parseCountFlag('--db', flags.db, 0);
      const reporter = reporterFor(flags, context);
      const endpoints = await openEndpoints({
        source: endpointFlags(flags, 'source'),
        target: endpointFlags(flags, 'target'),
        env: context.env,
        sourceOverrides: { db },
        targetOverrides: { keyPrefix: flags.targetPrefix },
      });
      try {
        reporter.info(`copy: ${endpoints.source.description} -> ${endpoints.target.description}`);
        const report = await copyKeys({ endpoints, options, reporter, signals: context.signals });
        await reporter.result({ ...report }, copyLines(report));
        done(report.ok ? 0 : 21);
      } finally {
        await endpoints.close();
      }
    });

function copyLines(report: CopyReport): string[] {
  return [
    `copied ${report.copied} keys (${formatBytes(report.bytes)}) in ${(report.durationMs / 1000).toFixed(1)} s, ${report.keysPerSecond} keys/s${report.resumed ? ' (resumed)' : ''}`,
    `scanned ${report.scanned}, skipped existing ${report.skippedExisting}, expired meanwhile ${report.expired}, big keys ${report.bigKeys}, failed ${report.failed}`,
    ...(report.live
      ? [
          `live: skipped (newer on the target) ${report.skippedNewer}, deleted again (gone from the source meanwhile) ${report.deletedMeanwhile}`,
        ]
      : []),
    ...report.failures.map((failure) => `failed: ${failure.key}: ${failure.code} ${failure.message}`),
    `checkpoint: ${report.checkpoint} (done)`,
  ];
}
