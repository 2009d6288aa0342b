/**
 * Lua: `digest(key, kind)` for a set or hash (`kind`) of at most `most` elements (a local the
 * script defines): `{sha1hex, kind, bytes}` of its elements sorted and length-prefixed, or nil for
 * a larger one or another type. The read, pack and match scripts share it, so both sides digest
 * alike.
 */
export const elementsDigestLua = `local function digest(key, kind)
  local parts = {}
  if kind == 'set' then
    if redis.call('SCARD', key) > most then return nil end
    local members = redis.call('SMEMBERS', key)
    table.sort(members)
    for j = 1, #members do parts[j] = #members[j] .. ':' .. members[j] end
  elseif kind == 'hash' then
    if redis.call('HLEN', key) > most then return nil end
    local flat = redis.call('HGETALL', key)
    local fields = {}
    local values = {}
    for j = 1, #flat, 2 do
      fields[#fields + 1] = flat[j]
      values[flat[j]] = flat[j + 1]
    end
    table.sort(fields)
    for j = 1, #fields do
      local value = values[fields[j]]
      parts[j] = #fields[j] .. ':' .. fields[j] .. #value .. ':' .. value
    end
  else
    return nil
  end
  local text = table.concat(parts)
  return {redis.sha1hex(text), kind, #text}
end`;
