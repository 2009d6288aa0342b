import { createHash } from 'node:crypto';
import type { IRedisService } from '@org/redis-interface';
import { compareAndDeleteLua } from '../../calculations/liveCopyScripts.js';

/**
 * Delete `key` only if its DUMP still has `fingerprint` (see `liveCopyScripts`).
 *
 * @returns whether it was deleted.
 * @throws RedisError from EVAL.
 */
export async function compareAndDelete(
  service: IRedisService,
  key: Buffer,
  fingerprint: string,
): Promise<boolean> {
  const script = service.defineScript<readonly string[], number>({
    name: 'redis-migrate:compareAndDelete',
    lua: compareAndDeleteLua,
    keys: ['key'],
  });
  return (await script.run([key], [fingerprint])) === 1;
}

/** The fingerprint of a DUMP payload, as `redis.sha1hex` computes it on the server. */
export function payloadFingerprint(payload: Buffer): string {
  return createHash('sha1').update(payload).digest('hex');
}
