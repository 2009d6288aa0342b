import { createMismatchTally, type MismatchTally } from '../calculations/mismatchTally.js';
import type { ProgressSnapshot } from '../models/Progress.js';
import type { VerifyOutcome, VerifyRequest, VerifyTally } from '../models/VerifyRequest.js';
import { compareSourceKeys } from './compareSourceKeys.js';
import { findExtraKeys } from './findExtraKeys.js';

/**
 * Compare the source's keyspace with the target's: every sampled source key compared with the
 * target (`compareSourceKeys`), then the keys on the target that the source lacks: counted out
 * when the target holds exactly the keys just found there (see `targetHoldsOnlyThose`), else
 * every sampled target key looked up on the source (`findExtraKeys`). Each walk covers every node
 * of its side in parallel (see `walkKeyspace`).
 *
 * @throws MigrateError `VERIFY_FAILED` when a key cannot be read; RedisError from SCAN.
 */
export async function verifyKeyspace(request: VerifyRequest): Promise<VerifyOutcome> {
  const mismatches = createMismatchTally(request.maxMismatches);
  const counters = { keys: 0, bytes: 0, extra: 0, confirmed: 0 };
  const show = (): ProgressSnapshot => ({
    keys: counters.keys + counters.extra,
    bytes: counters.bytes,
    errors: mismatchTotal(mismatches),
  });
  const tally: VerifyTally = { mismatches, counters, report: () => request.progress.update(show()) };
  await compareSourceKeys(request, tally);
  const accounted = await targetHoldsOnlyThose(request, counters.keys, mismatches);
  if (accounted === undefined) await findExtraKeys(request, tally);
  else counters.extra = accounted;
  request.progress.stop(show());
  return {
    keysChecked: counters.keys,
    confirmedByTarget: counters.confirmed,
    extraKeysChecked: counters.extra,
    extraKeysBy: accounted === undefined ? 'lookup' : 'count',
    mismatches: mismatches.counts(),
    firstMismatches: mismatches.first(),
    bytes: counters.bytes,
    clean: mismatches.clean(),
  };
}

/**
 * Whether the target can hold no key the source lacks, without walking it: every source key was
 * compared (no sample), each was found on the target (no `missing`), and the target's DBSIZE
 * (every master's, counted after the comparison) is that many keys. Those keys are then all it
 * holds. Anything else (a sample, a missing key, another count: keys expiring, a key prefix with
 * other keys beside it, an app writing, a key SCAN returned twice) walks the target instead.
 *
 * @returns the target's key count when that holds, else `undefined`.
 */
async function targetHoldsOnlyThose(
  request: VerifyRequest,
  compared: number,
  mismatches: MismatchTally,
): Promise<number | undefined> {
  if (request.sample.percent !== 100 || mismatches.counts().missing > 0) return undefined;
  const keys = await request.target.service.dbsize();
  return keys === compared ? keys : undefined;
}

function mismatchTotal(tally: MismatchTally): number {
  return Object.values(tally.counts()).reduce((sum, count) => sum + count, 0);
}
