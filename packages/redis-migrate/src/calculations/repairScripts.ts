/**
 * The Lua of `verify --repair` (Redis 7+: PEXPIRETIME).
 *
 * A key's read gives two fingerprints: `exact`, the SHA1 of its DUMP, which names its value on this
 * server (the compare-and-set compares it); and `content`, which compares across servers: for a set
 * or hash the digest of its sorted elements (their DUMP order depends on the server), otherwise the
 * SHA1 of the DUMP without its 10-byte footer (RDB version and CRC), so two versions that encode
 * alike compare equal.
 */
import { elementsDigestLua } from './elementsDigestLua.js';

/** KEYS[1]. Returns `{}` (absent) or `{payload, pexpiretime, exact, content}`. */
export const readForRepairLua = `
local most = 1000000000
${elementsDigestLua}
local payload = redis.call('DUMP', KEYS[1])
if not payload then return {} end
local kind = redis.call('TYPE', KEYS[1])['ok']
local summary = digest(KEYS[1], kind)
local content = summary and summary[1] or redis.sha1hex(string.sub(payload, 1, #payload - 10))
return {payload, redis.call('PEXPIRETIME', KEYS[1]), redis.sha1hex(payload), content}`;

/**
 * Compare-and-set on the side being repaired. KEYS[1]; ARGV: the `exact` fingerprint read ('' when
 * absent), the PEXPIRETIME read, the authoritative payload ('' to delete) and its absolute expiry
 * ('0': none). Writes only if the key still holds what was read (value and expiry), so an
 * application write made since wins. Returns 1 (written) or 0 (changed: nothing written).
 */
export const compareAndRepairLua = `
local now = redis.call('DUMP', KEYS[1])
local seen = ''
if now then seen = redis.sha1hex(now) end
if seen ~= ARGV[1] then return 0 end
if now and redis.call('PEXPIRETIME', KEYS[1]) ~= tonumber(ARGV[2]) then return 0 end
if ARGV[3] == '' then
  redis.call('DEL', KEYS[1])
  return 1
end
local args = {'RESTORE', KEYS[1], ARGV[4], ARGV[3], 'REPLACE'}
if ARGV[4] ~= '0' then args[#args + 1] = 'ABSTTL' end
redis.call(unpack(args))
return 1`;
