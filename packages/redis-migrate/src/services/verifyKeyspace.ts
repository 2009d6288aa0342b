import { compareKeyStates } from '../calculations/compareKeyStates.js';
import { displayKey } from '../calculations/displayKey.js';
import { isSampled } from '../calculations/isSampled.js';
import { createMismatchTally, type MismatchTally } from '../calculations/mismatchTally.js';
import type { KeySample } from '../calculations/parseSampleFlag.js';
import type { Endpoint } from '../models/Endpoint.js';
import { MigrateError } from '../models/MigrateError.js';
import type { ProgressHandle, ProgressSnapshot } from '../models/Progress.js';
import type { MismatchCounts, VerifyMismatch } from '../models/VerifyMismatch.js';
import { compareKeyContents } from './compareKeyContents.js';
import type { RateLimiter } from './createRateLimiter.js';
import { mapConcurrently } from './mapConcurrently.js';
import { PageReader } from './PageReader.js';
import { readKeyStates } from './readKeyStates.js';
import { walkKeyspace } from './walkKeyspace.js';

/** Keys of one page whose contents are compared at once. */
const contentConcurrency = 32;
/** What `verify` compares, and how. */
export interface VerifyRequest {
  readonly source: Endpoint;
  readonly target: Endpoint;
  /** SCAN COUNT, keys per pipeline and elements per chunk (`--batch`). */
  readonly batch: number;
  readonly sample: KeySample;
  readonly ttlToleranceMs: number;
  readonly bigKeyBytes: number;
  readonly maxMismatches: number;
  /** Paces the commands sent to the source (`--max-ops-per-second`). */
  readonly limiter: RateLimiter;
  readonly progress: ProgressHandle;
}

/** What `verify` found. */
export interface VerifyOutcome {
  /** Source keys compared with the target (in the sample). */
  readonly keysChecked: number;
  /** Target keys looked up on the source (in the sample). */
  readonly extraKeysChecked: number;
  readonly mismatches: MismatchCounts;
  /** The first `maxMismatches` differences. */
  readonly firstMismatches: readonly VerifyMismatch[];
  /** DUMP payload bytes compared. */
  readonly bytes: number;
  /** Every count is 0. */
  readonly clean: boolean;
}

/**
 * Compare the source's keyspace with the target's: every sampled source key (one script call per
 * key on each side, see `readKeyStates`; per-type contents only when the payloads differ), then
 * every sampled target key looked up on the source (`EXISTS`, pipelined) for keys the source lacks.
 * Every node of both sides is walked in parallel (see `walkKeyspace`).
 *
 * @throws MigrateError `VERIFY_FAILED` when a key cannot be read; RedisError from SCAN.
 */
export async function verifyKeyspace(request: VerifyRequest): Promise<VerifyOutcome> {
  const tally = createMismatchTally(request.maxMismatches);
  const counters = { keys: 0, bytes: 0, extra: 0 };
  const show = (): ProgressSnapshot => ({
    keys: counters.keys + counters.extra,
    bytes: counters.bytes,
    errors: mismatchTotal(tally),
  });
  const sameVersion = request.source.version === request.target.version;
  const sourcePages = new PageReader(
    request.source.service,
    request.source.version,
    request.source.mode === 'cluster',
  );
  const targetPages = new PageReader(
    request.target.service,
    request.target.version,
    request.target.mode === 'cluster',
  );
  await walkKeyspace({
    service: request.source.service,
    count: request.batch,
    beforeScan: () => request.limiter.acquire(1),
    onPage: async (page) => {
      const keys = page.filter((key) => isSampled(key, request.sample));
      if (keys.length === 0) return;
      await request.limiter.acquire(keys.length);
      const reader = { bigKeyBytes: request.bigKeyBytes };
      const [sourceStates, targetStates] = await Promise.all([
        readKeyStates(
          {
            ...reader,
            service: request.source.service,
            version: request.source.version,
            side: 'source',
            pages: sourcePages,
          },
          keys,
        ),
        readKeyStates(
          {
            ...reader,
            service: request.target.service,
            version: request.target.version,
            side: 'target',
            pages: targetPages,
          },
          keys,
        ),
      ]);
      const now = Date.now();
      const deep: Buffer[] = [];
      for (const [index, key] of keys.entries()) {
        const source = sourceStates[index] ?? { kind: 'missing' };
        const target = targetStates[index] ?? { kind: 'missing' };
        const verdict = compareKeyStates(source, target, {
          sameVersion,
          ttlToleranceMs: request.ttlToleranceMs,
          now,
        });
        if (verdict.verdict === 'skip') continue;
        counters.keys += 1;
        if (source.kind === 'dumped') counters.bytes += source.payload.length;
        for (const difference of verdict.differences) tally.record({ key: displayKey(key), ...difference });
        if (verdict.needsContents) deep.push(key);
      }
      // Hash-table sets and hashes DUMP in table order: many small keys of a page need their
      // contents compared, each a few round trips; one at a time made verify 4x slower than copy.
      await mapConcurrently(deep, contentConcurrency, (key) => compareContents(request, key, tally));
      request.progress.update(show());
    },
  });
  await walkKeyspace({
    service: request.target.service,
    count: request.batch,
    beforeScan: () => Promise.resolve(),
    onPage: async (page) => {
      const keys = page.filter((key) => isSampled(key, request.sample));
      if (keys.length === 0) return;
      await request.limiter.acquire(keys.length);
      const pipeline = request.source.service.pipeline();
      for (const key of keys) pipeline.exists(key);
      const results = await pipeline.exec();
      for (const [index, result] of results.entries()) {
        const key = keys[index] ?? Buffer.alloc(0);
        if (!result.ok) {
          throw new MigrateError(
            'VERIFY_FAILED',
            `Could not look up ${JSON.stringify(displayKey(key))} on the source: ${result.error.code}: ${result.error.message}`,
            { cause: result.error },
          );
        }
        if (result.value === 0)
          tally.record({ key: displayKey(key), kind: 'extra', detail: 'not on the source' });
      }
      counters.extra += keys.length;
      request.progress.update(show());
    },
  });
  request.progress.stop(show());
  return {
    keysChecked: counters.keys,
    extraKeysChecked: counters.extra,
    mismatches: tally.counts(),
    firstMismatches: tally.first(),
    bytes: counters.bytes,
    clean: tally.clean(),
  };
}

async function compareContents(request: VerifyRequest, key: Buffer, tally: MismatchTally): Promise<void> {
  const verdict = await compareKeyContents({
    source: request.source.service,
    target: request.target.service,
    key,
    chunk: request.batch,
    limiter: request.limiter,
  });
  if (verdict.same || verdict.kind === 'gone') return;
  tally.record({ key: displayKey(key), kind: verdict.kind, detail: verdict.detail });
}

function mismatchTotal(tally: MismatchTally): number {
  return Object.values(tally.counts()).reduce((sum, count) => sum + count, 0);
}
