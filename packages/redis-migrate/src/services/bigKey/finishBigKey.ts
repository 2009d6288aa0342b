import type { IRedisService } from '@org/redis-interface';

/** How the last step ended. */
export type FinishStatus = 'copied' | 'exists' | 'missing';

// One script, so that the existence check, the expiry and the RENAME are atomic: no client sees
// the real key half-built, and with replace=false a key written meanwhile is never overwritten.
// An expiry already in the past deletes the temporary key at PEXPIREAT: the source's key has
// expired too, so that is `missing`.
const finishLua = `
if ARGV[1] == '0' and redis.call('EXISTS', KEYS[2]) == 1 then return 'exists' end
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
if ARGV[2] ~= '' then
  redis.call('PEXPIREAT', KEYS[1], ARGV[2])
  if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
end
redis.call('RENAME', KEYS[1], KEYS[2])
return 'copied'`;

/**
 * Put the built temporary key in place on the target: set its expiry (`PEXPIREAT`, when the source
 * key had one), then `RENAME` it onto the real name, which replaces an existing key atomically.
 *
 * @param expiresAt - the source's `PEXPIRETIME` in Unix milliseconds, or `undefined` for none.
 * @returns `exists` (replace is false and the key is there: nothing changed), `missing` (the
 *   temporary key is gone or its expiry has passed), or `copied`.
 * @throws RedisError `CROSS_SLOT` (the two keys in different slots, before sending), or what EVAL throws.
 */
export async function finishBigKey(
  target: IRedisService,
  temp: Buffer,
  key: Buffer,
  replace: boolean,
  expiresAt: number | undefined,
): Promise<FinishStatus> {
  const finish = target.defineScript<readonly string[], FinishStatus>({
    name: 'redis-migrate:finishBigKey',
    lua: finishLua,
    keys: ['temporary', 'key'],
  });
  return finish.run([temp, key], [replace ? '1' : '0', expiresAt === undefined ? '' : String(expiresAt)]);
}
