import {
  formatRedisMigrationControl,
  type IRedisService,
  type RedisMigrationControl,
} from '@org/redis-interface';

/** How a compare-and-set of the control key ended. */
export type ControlWriteStatus = 'set' | 'changed' | 'invalid';

// The revision check and the SET in one script, so that of two operators who read the same
// revision only the first to reach a side writes it. cjson ships with every Redis.
const compareAndSetLua = `
local stored = redis.call('GET', KEYS[1])
local revision = -1
if stored then
  local ok, value = pcall(cjson.decode, stored)
  if not ok or type(value) ~= 'table' or type(value.revision) ~= 'number' then return 'invalid' end
  revision = value.revision
end
if revision ~= tonumber(ARGV[1]) then return 'changed' end
redis.call('SET', KEYS[1], ARGV[2])
return 'set'`;

/**
 * Write `next` to the control key only if the revision stored there is still `expectedRevision`.
 *
 * @param expectedRevision - the revision read on this side, `-1` when the key was absent.
 * @returns `set`, `changed` (another writer got there first: nothing written) or `invalid` (the
 *   stored value is not control JSON: nothing written).
 */
export async function compareAndSetControl(
  service: IRedisService,
  key: string,
  expectedRevision: number,
  next: RedisMigrationControl,
): Promise<ControlWriteStatus> {
  const script = service.defineScript<readonly string[], ControlWriteStatus>({
    name: 'redis-migrate:compareAndSetControl',
    lua: compareAndSetLua,
    keys: ['control'],
  });
  return script.run([key], [String(expectedRevision), formatRedisMigrationControl(next)]);
}
