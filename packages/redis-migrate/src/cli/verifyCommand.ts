import { Command, Option } from 'commander';
import { redisMigrationControlDefaults } from '@org/redis-interface';
import { repairKeyspace } from '../services/repair/repairKeyspace.js';
import { repairLines, repairReport } from './repairReport.js';
import { mismatchLines } from '../calculations/mismatchLines.js';
import { parseCountFlag } from '../calculations/parseCountFlag.js';
import { fullSample, parseSampleFlag } from '../calculations/parseSampleFlag.js';
import { verifyDefaults } from '../models/verifyDefaults.js';
import { migrateErrorCodes } from '../models/migrateErrorCodes.js';
import { mismatchKinds } from '../models/VerifyMismatch.js';
import { createRateLimiter } from '../services/createRateLimiter.js';
import { openEndpoints } from '../services/openEndpoints.js';
import { verifyKeyspace } from '../services/verifyKeyspace.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

/** The flags of `verify`, as commander parses them. */
interface VerifyOptionValues extends EndpointOptionValues, OutputOptionValues {
  readonly db?: string;
  readonly targetPrefix?: string;
  readonly batch: string;
  readonly maxOpsPerSecond?: string;
  readonly bigKeyBytes: string;
  readonly ttlTolerance: string;
  readonly sample?: string;
  readonly maxMismatches: string;
  readonly repair?: boolean;
  readonly authoritative: 'source' | 'target';
  readonly controlKey: string;
  readonly settleMs: string;
  readonly maxRepairs: string;
}

/**
 * `redis-migrate verify` (`--repair`: see `repairKeyspace`): every source key is on the target with the same type, value and expiry
 * (within `--ttl-tolerance`), and the target has no key the source lacks. Changes nothing. Exit 0
 * when nothing differs, 1 (`DIFFERENCES_FOUND`) otherwise; the first `--max-mismatches` differences
 * are listed, all are counted by kind.
 */
export const verifyCommand: CommandDefinition = (context, done) => {
  const command = new Command('verify').description(
    'Check that the target holds exactly the source keys: same type, value and TTL; report missing and extra keys',
  );
  withEndpointOptions(command, ['source', 'target']);
  command
    .option('--db <n>', 'the source database (standalone source only)')
    .option('--target-prefix <prefix>', 'the keys are under this prefix on the target')
    .option('--batch <n>', 'SCAN COUNT, keys per pipeline and elements per chunk', '500')
    .option('--max-ops-per-second <n>', 'cap on commands per second sent to the source')
    .option(
      '--big-key-bytes <n>',
      'a key whose MEMORY USAGE exceeds this is compared in chunks, not by DUMP',
      String(verifyDefaults.bigKeyBytes),
    )
    .option(
      '--ttl-tolerance <ms>',
      'largest expiry difference that still counts as equal',
      String(verifyDefaults.ttlToleranceMs),
    )
    .option(
      '--sample <pct>',
      'check only this share of the keys (1%, 0.5%), picked by a hash of the key; default all',
    )
    .option(
      '--max-mismatches <n>',
      'how many differences to list (all are counted)',
      String(verifyDefaults.maxMismatches),
    )
    .option(
      '--repair',
      'live move: after a settle delay, copy the authoritative value over each key still differing (and each key of <control-key>:repair), never over a newer write; record the result for `phase cutover`',
    )
    .addOption(
      new Option('--authoritative <side>', 'with --repair: the side whose values are right')
        .choices(['source', 'target'])
        .default('source'),
    )
    .option(
      '--control-key <key>',
      'with --repair: the control key of the move',
      redisMigrationControlDefaults.key,
    )
    .option(
      '--settle-ms <ms>',
      "with --repair: wait before re-reading, for the application's second writes",
      '250',
    )
    .option('--max-repairs <n>', 'with --repair: keys repaired at most in one run', '100000');
  withOutputOptions(command);
  command.action(async (options: VerifyOptionValues) => {
    const batch = parseCountFlag('--batch', options.batch);
    const bigKeyBytes = parseCountFlag('--big-key-bytes', options.bigKeyBytes);
    const ttlToleranceMs = parseCountFlag('--ttl-tolerance', options.ttlTolerance, 0);
    const maxMismatches = parseCountFlag('--max-mismatches', options.maxMismatches, 0);
    const opsPerSecond =
      options.maxOpsPerSecond === undefined
        ? undefined
        : parseCountFlag('--max-ops-per-second', options.maxOpsPerSecond);
    const db = options.db === undefined ? undefined : parseCountFlag('--db', options.db, 0);
    const sample = options.sample === undefined ? fullSample : parseSampleFlag(options.sample);
    const reporter = reporterFor(options, context);
    const endpoints = await openEndpoints({
      source: endpointFlags(options, 'source'),
      target: endpointFlags(options, 'target'),
      env: context.env,
      sourceOverrides: { db },
      targetOverrides: { keyPrefix: options.targetPrefix },
    });
    try {
      const { source, target } = endpoints;
      reporter.info(
        `verify: ${source.description} (Redis ${source.version}) against ${target.description} (Redis ${target.version})`,
      );
      if (source.version !== target.version) {
        reporter.info('verify: the versions differ: values are compared per type, not by DUMP payload');
      }
      const started = Date.now();
      const request = {
        source,
        target,
        batch,
        sample,
        ttlToleranceMs,
        bigKeyBytes,
        maxMismatches,
        limiter: createRateLimiter(opsPerSecond),
        progress: reporter.progress('verify'),
      };
      if (options.repair === true) {
        const repair = await repairKeyspace({
          ...request,
          authoritative: options.authoritative,
          controlKey: options.controlKey,
          settleMs: parseCountFlag('--settle-ms', options.settleMs, 0),
          maxRepairs: parseCountFlag('--max-repairs', options.maxRepairs),
        });
        const durationMs = Date.now() - started;
        await reporter.result(repairReport(repair, sample.percent, durationMs), repairLines(repair));
        done(repair.stillDiffering === 0 ? 0 : migrateErrorCodes.DIFFERENCES_FOUND.exitCode);
        return;
      }
      const outcome = await verifyKeyspace(request);
      const durationMs = Date.now() - started;
      // Source keys a second, as copy counts them: the two rates compare.
      const keysPerSecond = Math.round((outcome.keysChecked * 1000) / Math.max(durationMs, 1));
      const report = {
        command: 'verify',
        ok: outcome.clean,
        sample: `${sample.percent}%`,
        keysChecked: outcome.keysChecked,
        confirmedByTarget: outcome.confirmedByTarget,
        extraKeysChecked: outcome.extraKeysChecked,
        extraKeysBy: outcome.extraKeysBy,
        mismatches: outcome.mismatches,
        firstMismatches: outcome.firstMismatches,
        durationMs,
        keysPerSecond,
      };
      const counts = mismatchKinds.map((kind) => `${kind} ${outcome.mismatches[kind]}`).join(', ');
      await reporter.result(report, [
        `verify: ${outcome.clean ? 'ok' : 'DIFFERENCES FOUND'}: ${outcome.keysChecked} source keys and ${outcome.extraKeysChecked} target keys ${outcome.extraKeysBy === 'count' ? 'counted' : 'looked up'} (sample ${sample.percent}%) in ${(durationMs / 1000).toFixed(1)} s, ${keysPerSecond} keys/s`,
        `verify: ${counts}`,
        ...mismatchLines(outcome.firstMismatches),
      ]);
      done(outcome.clean ? 0 : migrateErrorCodes.DIFFERENCES_FOUND.exitCode);
    } finally {
      await endpoints.close();
    }
  });
  return command;
};
