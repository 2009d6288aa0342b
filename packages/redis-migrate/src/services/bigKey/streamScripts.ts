import type { IRedisService, RedisScript, RedisValue } from '@org/redis-interface';

/** The target-side scripts of a stream copy: one round trip per page instead of one per entry. */
export interface StreamScripts {
  /** `XADD KEYS[1]` for each `(id, itemCount, field, value, …)` group of ARGV; returns how many. */
  readonly addEntries: RedisScript<readonly RedisValue[], number>;
  /**
   * For group `ARGV[1]`, each `(consumer, id, idleMs, deliveries)` of the rest of ARGV: an empty
   * `id` creates the consumer (`XGROUP CREATECONSUMER`), otherwise `XCLAIM … 0 id IDLE idleMs
   * RETRYCOUNT deliveries FORCE JUSTID` gives it that pending entry with its idle time and count.
   */
  readonly claimPending: RedisScript<readonly RedisValue[], number>;
}

const addEntriesLua = `
local added = 0
local i = 1
while i <= #ARGV do
  local items = tonumber(ARGV[i + 1])
  redis.call('XADD', KEYS[1], ARGV[i], unpack(ARGV, i + 2, i + 1 + items))
  i = i + 2 + items
  added = added + 1
end
return added`;

const claimPendingLua = `
local group = ARGV[1]
local done = 0
for i = 2, #ARGV, 4 do
  if ARGV[i + 1] == '' then
    redis.call('XGROUP', 'CREATECONSUMER', KEYS[1], group, ARGV[i])
  else
    redis.call('XCLAIM', KEYS[1], group, ARGV[i], 0, ARGV[i + 1],
      'IDLE', ARGV[i + 2], 'RETRYCOUNT', ARGV[i + 3], 'FORCE', 'JUSTID')
  end
  done = done + 1
end
return done`;

/** The stream scripts on `target` (defining them again returns equivalent handles). */
export function streamScripts(target: IRedisService): StreamScripts {
  return {
    addEntries: target.defineScript<readonly RedisValue[], number>({
      name: 'redis-migrate:addStreamEntries',
      lua: addEntriesLua,
      keys: ['stream'],
    }),
    claimPending: target.defineScript<readonly RedisValue[], number>({
      name: 'redis-migrate:claimPendingEntries',
      lua: claimPendingLua,
      keys: ['stream'],
    }),
  };
}
