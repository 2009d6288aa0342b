import type { IRedisService } from '@org/redis-interface';
import { dumpRdbVersion } from '../calculations/dumpRdbVersion.js';
import type { OpsLimiter } from './createOpsLimiter.js';

/** What reading a sample the way `copy` reads cost. */
export interface ReadSample {
  /** Keys whose DUMP came back (a key that vanished meanwhile is not counted). */
  readonly keys: number;
  readonly elapsedMs: number;
  /** DUMP payload bytes read. */
  readonly bytes: number;
  /** The RDB version of the first payload's trailer. */
  readonly rdbVersion: number | undefined;
}

/**
 * Read `keys` with `DUMP` + `PEXPIRETIME` per key, pipelined `batch` keys at a time (split per
 * master in a cluster), and time it. Read-only: nothing is written anywhere. The copy itself
 * reads a whole page per script call, which is faster: an estimate from this rate errs long.
 *
 * @throws RedisError `NOT_CONNECTED`; per-key failures only leave that key uncounted.
 */
export async function measureReadRate(
  service: IRedisService,
  keys: readonly Buffer[],
  batch: number,
  limiter: OpsLimiter,
): Promise<ReadSample> {
  const started = performance.now();
  let read = 0;
  let bytes = 0;
  let rdbVersion: number | undefined;
  for (let offset = 0; offset < keys.length; offset += batch) {
    const chunk = keys.slice(offset, offset + batch);
    await limiter.take(chunk.length * 2);
    const pipeline = service.pipeline();
    for (const key of chunk) pipeline.bytes.dump(key).pexpiretime(key);
    const results = await pipeline.exec();
    for (let index = 0; index < results.length; index += 2) {
      const dump = results[index];
      if (dump?.ok !== true || !Buffer.isBuffer(dump.value)) continue;
      read += 1;
      bytes += dump.value.length;
      rdbVersion ??= dumpRdbVersion(dump.value);
    }
  }
  return { keys: read, elapsedMs: performance.now() - started, bytes, rdbVersion };
}
