import type { IRedisService } from '@org/redis-interface';
import type { OpsLimiter } from './createOpsLimiter.js';
import { mapConcurrently } from './mapConcurrently.js';

/** A sampled key and its size. */
export interface KeySize {
  readonly key: Buffer;
  /** `MEMORY USAGE`, bytes; 0 when the key vanished meanwhile. */
  readonly bytes: number;
}

/** How many MEMORY USAGE calls are in flight at once: enough to hide round trips, few enough to stay polite. */
const CONCURRENCY = 16;

/**
 * `MEMORY USAGE key SAMPLES 5` of each key (routed to its master in a cluster). MEMORY is not a
 * pipeline member, so the calls go one by one, a few at a time; with auto-pipelining those issued
 * together still share a round trip.
 *
 * @throws RedisError from MEMORY USAGE (`NO_PERMISSION` when the user may not run it…).
 */
export async function measureKeySizes(
  service: IRedisService,
  keys: readonly Buffer[],
  limiter: OpsLimiter,
): Promise<KeySize[]> {
  return mapConcurrently(keys, CONCURRENCY, async (key) => {
    await limiter.take(1);
    const bytes = await service.call<number | null>('MEMORY', 'USAGE', key, 'SAMPLES', '5');
    return { key, bytes: bytes ?? 0 };
  });
}
