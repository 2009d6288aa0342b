/**
 * The two scripts of `verify`'s fast path (Redis 7+ on both sides). The source packs what it
 * holds into one opaque string per target master; the client forwards each string, untouched, to
 * that master, which answers with one character per key. The client never decodes a payload.
 *
 * Entry format: `struct.pack('>c1dI4I4', kind, expiry, #name, #value)`, then the name (the key
 * without either side's `keyPrefix`), then the value. Kinds:
 * - `p`: the DUMP payload.
 * - `e`: the elements digest of a set or hash in a hash table (see `elementsDigestLua`).
 * - `m`: gone from the source (not a difference).
 * - `b`: past the big-key limit.
 * - `n`: not read (the reply budget was spent).
 * The expiry is PEXPIRETIME (-1 none).
 */
import { elementsDigestLua } from './elementsDigestLua.js';

/**
 * The source's pack script for the keys of one source node. ARGV: big-key limit (0: none), reply
 * budget in bytes, the largest hash-table set or hash to digest, the number G of target groups,
 * one byte per key naming its target group (0 to G - 1), the unprefixed KEYS[1], then the keys.
 * Reply: G strings of entries, in key order within each, then the bytes compared (payload or
 * digested text).
 */
export const packPageScript = `
local limit = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
local most = tonumber(ARGV[3])
local groups = tonumber(ARGV[4])
local assignment = ARGV[5]
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[6])
local hashTables = {[2] = 'set', [4] = 'hash'}
${elementsDigestLua}
local parts = {}
for g = 1, groups do parts[g] = {} end
local used = 0
local compared = 0
for i = 7, #ARGV do
  local name = ARGV[i]
  local key = prefix .. name
  local kind, value, expiry = 'n', '', -1
  if used <= budget then
    local size = 0
    if limit > 0 then size = redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '1') end
    if not size then
      kind = 'm'
    elseif limit > 0 and size > limit then
      kind = 'b'
    else
      local payload = redis.call('DUMP', key)
      expiry = redis.call('PEXPIRETIME', key)
      if not payload or expiry == -2 then
        kind, expiry = 'm', -1
      else
        -- The payload's first byte is its RDB type: 2 is a set, 4 a hash, in a hash table.
        local summary = nil
        if most > 0 then summary = digest(key, hashTables[string.byte(payload, 1)]) end
        if summary then
          kind, value = 'e', summary[1]
          compared = compared + summary[3]
        else
          kind, value = 'p', payload
          compared = compared + #payload
        end
        used = used + #value
      end
    end
  end
  local part = parts[string.byte(assignment, i - 6) + 1]
  part[#part + 1] = struct.pack('>c1dI4I4', kind, expiry, #name, #value)
  part[#part + 1] = name
  part[#part + 1] = value
end
local out = {}
for g = 1, groups do out[g] = table.concat(parts[g]) end
out[groups + 1] = compared
return out
`;

/**
 * A target master's match script. ARGV: big-key limit (0: none), expiry tolerance in ms, the
 * largest hash-table set or hash to digest, the unprefixed KEYS[1], then one string of entries
 * from {@link packPageScript}. Reply: one character per entry: `1` (same value, expiries within
 * the tolerance), `-` (gone from the source), `0` (not confirmed: read it and find out how it
 * differs). A target key past the big-key limit is never dumped: `0`.
 */
export const matchPageScript = `
local limit = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local most = tonumber(ARGV[3])
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[4])
local blob = ARGV[5]
${elementsDigestLua}
local function same(key, kind, expected)
  if kind == 'e' then
    if redis.call('OBJECT', 'ENCODING', key) ~= 'hashtable' then return false end
    local summary = digest(key, redis.call('TYPE', key)['ok'])
    return summary ~= nil and summary[1] == expected
  end
  if limit > 0 then
    local size = redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '1')
    if not size or size > limit then return false end
  end
  return redis.call('DUMP', key) == expected
end
local out = {}
local pos = 1
while pos <= #blob do
  local kind, expiry, nameLength, valueLength, at = struct.unpack('>c1dI4I4', blob, pos)
  pos = at + nameLength + valueLength
  local verdict = '0'
  if kind == 'm' then
    verdict = '-'
  elseif kind == 'p' or kind == 'e' then
    local key = prefix .. string.sub(blob, at, at + nameLength - 1)
    local theirs = redis.call('PEXPIRETIME', key)
    local timely = (expiry < 0 and theirs == -1) or (expiry >= 0 and theirs >= 0 and math.abs(theirs - expiry) <= tolerance)
    if theirs ~= -2 and timely and same(key, kind, string.sub(blob, at + nameLength, pos - 1)) then verdict = '1' end
  end
  out[#out + 1] = verdict
end
return table.concat(out)
`;
