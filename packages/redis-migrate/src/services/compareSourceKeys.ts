import { compareKeyStates } from '../calculations/compareKeyStates.js';
import { compareVersions } from '../calculations/compareVersions.js';
import { displayKey } from '../calculations/displayKey.js';
import { isSampled } from '../calculations/isSampled.js';
import type { KeyState } from '../models/KeyState.js';
import type { VerifyRequest, VerifyTally } from '../models/VerifyRequest.js';
import { compareKeyContents } from './compareKeyContents.js';
import { mapConcurrently } from './mapConcurrently.js';
import { PageMatcher, type MatchVerdict } from './PageMatcher.js';
import { PageReader } from './PageReader.js';
import { readKeyStates, type KeyStateReader } from './readKeyStates.js';
import { walkKeyspace } from './walkKeyspace.js';

/** Keys of one page whose contents are compared at once. */
const contentConcurrency = 32;
/** Pages of one source node compared at once: their calls on both sides overlap. */
const pagesInflight = 4;
/**
 * Sets and hashes in a hash table up to this many elements are compared by a digest of their
 * elements rather than their DUMP payloads (whose order differs between servers): sorting a
 * thousand elements in Lua takes well under a millisecond, while one comparison element by
 * element costs the client 6 commands and 4 round trips. Larger ones go element by element.
 */
const digestUpTo = 1_024;

/**
 * Compare every sampled source key with the target.
 * - Between two Redis 7+ servers, each page goes through `PageMatcher`: the source packs its
 *   payloads and digests, the target confirms the keys it holds alike.
 * - Every key not confirmed (and every key, before Redis 7) is read on both sides with one script
 *   call per master (`readKeyStates`) and compared here (`compareKeyStates`), to say how it
 *   differs; the keys whose reads differ are compared element by element (`compareKeyContents`),
 *   a few at a time.
 *
 * @throws MigrateError `VERIFY_FAILED` when a key cannot be read; RedisError from SCAN.
 */
export async function compareSourceKeys(request: VerifyRequest, tally: VerifyTally): Promise<void> {
  const readerOf = (side: 'source' | 'target'): KeyStateReader => {
    const { service, version, mode } = request[side];
    const pages = new PageReader(service, version, mode === 'cluster', { digestUpTo });
    return { service, version, side, bigKeyBytes: request.bigKeyBytes, pages };
  };
  const readers = { source: readerOf('source'), target: readerOf('target') };
  const modern = [request.source, request.target].every(
    ({ version }) => compareVersions(version, '7.0.0') >= 0,
  );
  const matcher = modern
    ? new PageMatcher(
        request.source.service,
        request.source.mode === 'cluster',
        request.target.service,
        request.target.mode === 'cluster',
      )
    : undefined;
  const rules = { bigKeyBytes: request.bigKeyBytes, ttlToleranceMs: request.ttlToleranceMs, digestUpTo };
  await walkKeyspace({
    service: request.source.service,
    count: request.batch,
    inflight: pagesInflight,
    beforeScan: () => request.limiter.acquire(1),
    onPage: async (page) => {
      const keys = page.filter((key) => isSampled(key, request.sample) && request.ignoreKey?.(key) !== true);
      if (keys.length === 0) return;
      await request.limiter.acquire(keys.length);
      const matched = matcher === undefined ? undefined : await matcher.match(keys, rules);
      const verdicts: readonly MatchVerdict[] = matched?.verdicts ?? keys.map(() => 'read');
      tally.counters.bytes += matched?.bytes ?? 0;
      const unconfirmed = keys.filter((_key, index) => verdicts[index] === 'read');
      const confirmed = verdicts.filter((verdict) => verdict === 'same').length;
      tally.counters.keys += confirmed;
      tally.counters.confirmed += confirmed;
      // The packed bytes already counted these keys once.
      const countBytes = matched === undefined;
      if (unconfirmed.length > 0) await compareRead(request, readers, unconfirmed, tally, countBytes);
      tally.report();
    },
  });
}

/** Read `keys` on both sides, record how they differ, compare contents where the reads cannot tell. */
async function compareRead(
  request: VerifyRequest,
  readers: { readonly source: KeyStateReader; readonly target: KeyStateReader },
  keys: readonly Buffer[],
  tally: VerifyTally,
  countBytes: boolean,
): Promise<void> {
  const [sourceStates, targetStates] = await Promise.all([
    readKeyStates(readers.source, keys),
    readKeyStates(readers.target, keys),
  ]);
  const how = {
    sameVersion: request.source.version === request.target.version,
    ttlToleranceMs: request.ttlToleranceMs,
    now: Date.now(),
  };
  const deep: Buffer[] = [];
  for (const [index, key] of keys.entries()) {
    const source = sourceStates[index] ?? { kind: 'missing' };
    const verdict = compareKeyStates(source, targetStates[index] ?? { kind: 'missing' }, how);
    if (verdict.verdict === 'skip') continue;
    tally.counters.keys += 1;
    if (countBytes) tally.counters.bytes += bytesOf(source);
    for (const difference of verdict.differences)
      tally.mismatches.record({ key: displayKey(key), ...difference });
    if (verdict.differences.length > 0) request.onMismatchKey?.(key);
    if (verdict.needsContents) deep.push(key);
  }
  // Keys whose reads differ (other versions, big keys, a real difference) take a few round
  // trips each: one at a time would leave most of the time waiting.
  await mapConcurrently(deep, contentConcurrency, (key) => compareContents(request, key, tally));
}

/** Payload (or digested) bytes the read of a source key compared. */
function bytesOf(state: KeyState): number {
  if (state.kind === 'dumped') return state.payload.length;
  return state.kind === 'digested' ? state.bytes : 0;
}

async function compareContents(request: VerifyRequest, key: Buffer, tally: VerifyTally): Promise<void> {
  const verdict = await compareKeyContents({
    source: request.source.service,
    target: request.target.service,
    key,
    chunk: request.batch,
    limiter: request.limiter,
  });
  if (verdict.same || verdict.kind === 'gone') return;
  tally.mismatches.record({ key: displayKey(key), kind: verdict.kind, detail: verdict.detail });
  request.onMismatchKey?.(key);
}
