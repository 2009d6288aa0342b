import type { IRedisService } from '@org/redis-interface';
import { MigrateError } from '../models/MigrateError.js';

/**
 * A key filter for `rollback --since`: the keys whose OBJECT IDLETIME says they were read or
 * written at `since` or later. A superset of the keys written since then (reads count too, and
 * `verify` reads every key), never a subset: nothing changed is left behind.
 *
 * @throws MigrateError `USAGE` when the server's `maxmemory-policy` is an LFU one (no idle time kept).
 */
export function touchedSince(
  service: IRedisService,
  since: Date,
): (keys: readonly Buffer[]) => Promise<Buffer[]> {
  return async (keys) => {
    const pipeline = service.pipeline();
    for (const key of keys) pipeline.objectIdletime(key);
    const results = await pipeline.exec();
    // OBJECT IDLETIME has a resolution of seconds: round towards "touched".
    const maxIdleSeconds = Math.ceil((Date.now() - since.getTime()) / 1000) + 1;
    return keys.filter((_key, index) => {
      const result = results[index];
      if (result === undefined) return true;
      if (!result.ok) {
        if (/LFU/i.test(result.error.message)) {
          throw new MigrateError(
            'USAGE',
            '--since needs idle times, which an LFU maxmemory-policy does not keep: roll back every key (drop --since)',
          );
        }
        return true;
      }
      return result.value === null ? false : (result.value as number) <= maxIdleSeconds;
    });
  };
}
