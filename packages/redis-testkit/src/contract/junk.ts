/**
 * A value the types forbid, as JavaScript callers and computed values send it: typed `never` so it
 * fits any parameter, e.g. `redis.set(junk(undefined), 'a')`.
 *
 * @param value - anything.
 * @returns the same value.
 */
export function junk(value: unknown): never {
  return value as never;
}
