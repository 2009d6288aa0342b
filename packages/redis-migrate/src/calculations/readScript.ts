/**
 * The Lua script `copy` runs on the source per key when a page read (`PageReader`) failed as a
 * whole and the page is read again one key at a time: one round trip gives the DUMP payload
 * and the expiry together (no expiry can be missed between two commands), or only the key's size
 * when it is too big for one DUMP. `ARGV[1]`: the big-key limit in bytes, 0 for none.
 * Replies: nil (key gone), `{size}` (big), `{payload, pexpiretime}` (-1: no expiry), or before
 * Redis 7 (no PEXPIRETIME) `{payload, pttl, 'relative'}`, the PTTL turned into an instant by the caller.
 *
 * @param absoluteExpiry - PEXPIRETIME (Redis 7+) rather than PTTL.
 */
export function readKeyScript(absoluteExpiry: boolean): string {
  const expiry = absoluteExpiry
    ? "redis.call('PEXPIRETIME', KEYS[1])"
    : "redis.call('PTTL', KEYS[1]), 'relative'";
  return `
local limit = tonumber(ARGV[1])
if limit > 0 then
  local size = redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '1')
  if not size then return false end
  if size > limit then return {size} end
end
local payload = redis.call('DUMP', KEYS[1])
if not payload then return false end
return {payload, ${expiry}}
`;
}

/** What the script said about one key. */
export type KeyRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'big'; readonly size: number }
  | { readonly kind: 'value'; readonly payload: Buffer; readonly expiresAt: number | undefined };

/**
 * Decode one reply of the read script. `now` turns a relative TTL into an instant.
 * @returns the read, or `undefined` for a reply of another shape (reported as a failed key).
 */
export function decodeKeyRead(reply: unknown, now: number): KeyRead | undefined {
  if (reply === null) return { kind: 'missing' };
  if (!Array.isArray(reply)) return undefined;
  const [first, second, relative] = reply as unknown[];
  if (typeof first === 'number' && reply.length === 1) return { kind: 'big', size: first };
  if (!Buffer.isBuffer(first) || typeof second !== 'number') return undefined;
  if (second === -2) return { kind: 'missing' };
  if (second < 0) return { kind: 'value', payload: first, expiresAt: undefined };
  return { kind: 'value', payload: first, expiresAt: relative === undefined ? second : now + second };
}
