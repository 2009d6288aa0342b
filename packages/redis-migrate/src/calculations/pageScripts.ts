/**
 * Lua scripts that handle a whole page of keys in one call, on one node: far fewer commands for
 * the client to build, time and parse than one per key, which is where a copy spends its CPU.
 *
 * Keys come in ARGV (KEYS[1] only routes the call to the node holding the page, and reveals the
 * service's `keyPrefix`: KEYS[1] arrives prefixed, its ARGV copy does not). Redis 7 lets a script
 * without flags touch keys of several slots as long as this node serves them all; a key that moved
 * makes the call fail, and the caller falls back to one command per key.
 */
import { elementsDigestLua } from './elementsDigestLua.js';

/**
 * The read script for a page. ARGV: big-key limit (0: none), reply budget in bytes, the largest
 * hash-table set or hash to digest (0: none), the unprefixed KEYS[1], then the page's keys. One
 * reply per key: nil (gone), `{size, expiry}` (big: no payload), `{payload, expiry}`, `{digest,
 * expiry, type, bytes}` (see below), or `{-1}` (not read: the reply budget was spent; ask again).
 * The expiry is PEXPIRETIME or PTTL: -1 none, -2 gone.
 *
 * A set or hash in a hash table DUMPs in table order, which depends on the server's hash seed, so
 * equal values on two servers rarely give equal payloads. `verify` asks for a digest of those
 * instead: the SHA1 (hex) of their elements sorted and length-prefixed (`bytes`: that text's
 * length). Equal digests mean equal values whatever the sort order was; unequal ones (a real
 * difference, or two servers sorting in other locales) send the key to the element-by-element
 * comparison, so a digest never hides a difference. (Digests of every key were measured too: the
 * client decodes four reply elements a key instead of two and the server works more, so a
 * 100-byte value is cheaper to compare as its payload.)
 *
 * @param absoluteExpiry - PEXPIRETIME (Redis 7+) rather than PTTL.
 */
export function readPageScript(absoluteExpiry: boolean): string {
  const expiry = absoluteExpiry ? 'PEXPIRETIME' : 'PTTL';
  return `
local limit = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
local most = tonumber(ARGV[3])
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[4])
local hashTables = {[2] = 'set', [4] = 'hash'}
${elementsDigestLua}
local out = {}
local used = 0
for i = 5, #ARGV do
  local key = prefix .. ARGV[i]
  if used > budget then
    out[#out + 1] = {-1}
  else
    local size = 0
    if limit > 0 then size = redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '1') end
    if not size then
      out[#out + 1] = false
    elseif limit > 0 and size > limit then
      out[#out + 1] = {size, redis.call('${expiry}', key)}
    else
      local payload = redis.call('DUMP', key)
      local summary = nil
      -- The payload's first byte is its RDB type: 2 is a set, 4 a hash, in a hash table.
      if payload and most > 0 then summary = digest(key, hashTables[string.byte(payload, 1)]) end
      if summary then
        used = used + 40
        out[#out + 1] = {summary[1], redis.call('${expiry}', key), summary[2], summary[3]}
      elseif not payload then
        out[#out + 1] = false
      else
        used = used + #payload
        out[#out + 1] = {payload, redis.call('${expiry}', key)}
      end
    end
  end
end
return out
`;
}

/**
 * The write script for the keys of one target node. ARGV: '1' to REPLACE, the unprefixed
 * KEYS[1], then (key, payload, absolute expiry in ms or '0') triples. RESTORE runs under pcall,
 * so one refused key (BUSYKEY, OOM) does not stop the others; one reply per key: 1, or the error.
 */
export const writePageScript = `
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[2])
local out = {}
for i = 3, #ARGV, 3 do
  local args = {'RESTORE', prefix .. ARGV[i], ARGV[i + 2], ARGV[i + 1]}
  if ARGV[i + 2] ~= '0' then args[#args + 1] = 'ABSTTL' end
  if ARGV[1] == '1' then args[#args + 1] = 'REPLACE' end
  local reply = redis.pcall(unpack(args))
  if type(reply) == 'table' and reply.err then out[#out + 1] = reply.err else out[#out + 1] = 1 end
end
return out
`;

/**
 * The presence script for the keys of one node: `verify` looks every target key up on the source
 * with it. ARGV: the unprefixed KEYS[1], then the keys. One reply per key: 1 (there) or 0.
 */
export const presencePageScript = `
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[1])
local out = {}
for i = 2, #ARGV do out[#out + 1] = redis.call('EXISTS', prefix .. ARGV[i]) end
return out
`;
