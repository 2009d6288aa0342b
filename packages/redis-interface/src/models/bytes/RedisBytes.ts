/**
 * `T` as the bytes view (`redis.bytes`) returns it: every text Redis sent (`string`, text literals
 * such as `'OK'` included) is the `Buffer` of its exact bytes, in arrays, tuples and objects alike.
 *
 * @remarks
 * Names stay text, because they are names rather than stored data and JavaScript needs them as
 * strings: record keys (`hgetall`'s field names, stream entry field names) and the properties
 * named `key` (a key name, the `keyPrefix` stripped) or `id`, `ids`, `next`, `deleted` (stream entry
 * IDs: `xautoclaim`'s). Numbers, booleans and `null` are unchanged; `unknown` stays `unknown`. A tuple
 * or list has no property names to tell a name by: members whose result has a key name or an ID in
 * one (`blpop`'s `[key, element]`, `xclaim`'s IDs) give their bytes result in
 * `RedisBytesResultExceptions` instead.
 *
 * @example
 * `RedisBytes<string | null>` is `Buffer | null`;
 * `RedisBytes<StreamEntry>` is `{ readonly id: string; readonly fields: Readonly<Record<string, Buffer>> }`.
 */
export type RedisBytes<T> = [unknown] extends [T]
  ? T
  : T extends string
    ? Buffer
    : T extends Buffer | number | boolean | bigint | null | undefined | Date
      ? T
      : { [P in keyof T]: P extends RedisBytesName ? T[P] : RedisBytes<T[P]> };

/** The property names {@link RedisBytes} keeps as they are: a key name or stream entry IDs. */
export type RedisBytesName = 'key' | 'id' | 'ids' | 'next' | 'deleted';
