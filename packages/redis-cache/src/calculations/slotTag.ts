/**
 * A hash tag for one cache key: `{` + 8 hex digits of its FNV-1a hash + `}`. Appended to the key's value and
 * lock keys, it puts both in one hash slot, so one script can read the value and take the lock (and store
 * and release) atomically on a cluster; different keys still spread over the slots. Whatever braces the key
 * itself holds, the value and lock keys differ only before the key, so Redis finds the same tag in both.
 * @param key - the namespace path and key, as they appear in the Redis key.
 */
export function slotTag(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `{${(hash >>> 0).toString(16).padStart(8, '0')}}`;
}
