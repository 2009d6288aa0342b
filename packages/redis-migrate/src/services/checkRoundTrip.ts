import type { IRedisService } from '@org/redis-interface';
import type { CheckOutcome } from './runCheck.js';
import { smokeKey, type SmokeMaster } from './readSmokeTopology.js';

/** The smoke key expires by itself if the DEL never comes (the run killed in between). */
const KEY_TTL_MS = 60_000;

/**
 * SET, GET and DEL of a fresh key routed to `master`: the master takes writes (not a replica, not
 * read-only, not out of memory) and gives back what was written. The key is deleted, and has a
 * TTL in case the DEL does not happen.
 *
 * @throws RedisError from the commands (`READ_ONLY`, `OUT_OF_MEMORY`, `NO_PERMISSION`…), which
 * fails the check with its text.
 */
export async function checkRoundTrip(service: IRedisService, master: SmokeMaster): Promise<CheckOutcome> {
  const key = smokeKey(master.tag);
  const value = `smoke ${Date.now()}`;
  let read: string | null;
  try {
    await service.set(key, value, { ttl: { milliseconds: KEY_TTL_MS } });
    read = await service.get(key);
  } catch (error) {
    await service.del(key).catch(() => 0);
    throw error;
  }
  const deleted = await service.del(key);
  if (read !== value) return { ok: false, detail: `GET ${key} gave ${JSON.stringify(read)} after SET` };
  if (deleted !== 1) return { ok: false, detail: `DEL ${key} deleted ${deleted} keys, not 1` };
  return { ok: true, detail: `SET/GET/DEL of ${key}` };
}
