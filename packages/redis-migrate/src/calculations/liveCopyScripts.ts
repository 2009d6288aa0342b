/**
 * The Lua of `copy --live`, which must never overwrite or resurrect what the application wrote.
 *
 * A fingerprint is the SHA1 (hex) of a key's DUMP taken on the target right after the RESTORE, in
 * the same script: it names exactly the value this copy created. Taken later it could already be an
 * application's value; taken from the source payload it would differ for a hash-table set or hash,
 * whose DUMP order depends on the server.
 */

/**
 * The live write script for the keys of one target node. ARGV: the unprefixed KEYS[1], then (key,
 * payload, absolute expiry in ms or '0') triples. RESTORE never has REPLACE. One reply per key:
 * `{1, fingerprint}` restored, `{0}` BUSYKEY (the application wrote it first: kept), `{2}` not
 * created (its ABSTTL has passed), or the error text (OOM, a moved slot…: the caller retries it one
 * command per key).
 */
export const liveWritePageScript = `
local prefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[1])
local out = {}
for i = 2, #ARGV, 3 do
  local key = prefix .. ARGV[i]
  local args = {'RESTORE', key, ARGV[i + 2], ARGV[i + 1]}
  if ARGV[i + 2] ~= '0' then args[#args + 1] = 'ABSTTL' end
  local reply = redis.pcall(unpack(args))
  if type(reply) == 'table' and reply.err then
    if string.sub(reply.err, 1, 7) == 'BUSYKEY' then out[#out + 1] = {0} else out[#out + 1] = reply.err end
  else
    local written = redis.call('DUMP', key)
    if written then out[#out + 1] = {1, redis.sha1hex(written)} else out[#out + 1] = {2} end
  end
end
return out
`;

/**
 * Compare-and-delete: DEL KEYS[1] only if its DUMP still has the fingerprint ARGV[1], so that a
 * value the application wrote after the copy's RESTORE is never deleted. Returns 1 (deleted) or 0.
 */
export const compareAndDeleteLua = `
local now = redis.call('DUMP', KEYS[1])
if now and redis.sha1hex(now) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;
