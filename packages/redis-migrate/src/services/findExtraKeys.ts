import { displayKey } from '../calculations/displayKey.js';
import { isSampled } from '../calculations/isSampled.js';
import type { VerifyRequest, VerifyTally } from '../models/VerifyRequest.js';
import { PresenceReader } from './PresenceReader.js';
import { walkKeyspace } from './walkKeyspace.js';

/** Pages of one target node looked up at once. */
const pagesInflight = 4;

/**
 * Look every sampled target key up on the source (`PresenceReader`: one script call per source
 * master and page), recording the keys the source lacks as `extra`.
 *
 * @throws MigrateError `VERIFY_FAILED` when a key cannot be looked up; RedisError from SCAN.
 */
export async function findExtraKeys(request: VerifyRequest, tally: VerifyTally): Promise<void> {
  const onSource = new PresenceReader(request.source.service, request.source.mode === 'cluster', 'source');
  await walkKeyspace({
    service: request.target.service,
    count: request.batch,
    inflight: pagesInflight,
    // The target is not paced (`--max-ops-per-second` protects the source): the lookups are.
    beforeScan: () => Promise.resolve(),
    onPage: async (page) => {
      const keys = page.filter((key) => isSampled(key, request.sample) && request.ignoreKey?.(key) !== true);
      if (keys.length === 0) return;
      await request.limiter.acquire(keys.length);
      const found = await onSource.exists(keys);
      for (const [index, key] of keys.entries()) {
        if (found[index]) continue;
        tally.mismatches.record({ key: displayKey(key), kind: 'extra', detail: 'not on the source' });
        request.onMismatchKey?.(key);
      }
      tally.counters.extra += keys.length;
      tally.report();
    },
  });
}
