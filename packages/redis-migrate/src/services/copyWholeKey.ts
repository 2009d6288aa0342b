import type { IRedisService } from '@org/redis-interface';
import type { BigKeyResult } from '../models/CopyContext.js';

/**
 * Copy one key with a single DUMP and RESTORE (its payload held in memory once).
 * @returns `missing` when the key is gone, `exists` when it exists on the target and not `replace`.
 */
export async function copyWholeKey(
  source: IRedisService,
  target: IRedisService,
  key: Buffer,
  replace: boolean,
): Promise<BigKeyResult> {
  const [payload, expiresAt] = await Promise.all([source.dump(key), source.pexpiretime(key)]);
  if (payload === null || expiresAt === -2) return { status: 'missing' };
  if (!replace && (await target.exists(key)) > 0) return { status: 'exists' };
  await target.restore(key, payload, {
    replace: true,
    ...(expiresAt > 0 ? { expiresAt: new Date(expiresAt) } : {}),
  });
  return { status: 'copied', bytes: payload.length };
}
