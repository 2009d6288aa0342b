/**
 * A value written to Redis: a string, a Buffer (sent byte for byte) or a number (sent as its decimal text).
 *
 * @remarks
 * Reads return strings (`get`) or Buffers (`redis.bytes.get`); numbers are never parsed back implicitly except by
 * commands whose reply is a number (`incr`, `zscore`, …).
 */
export type RedisValue = string | Buffer | number;

/**
 * One value or a list of values, for commands that take several (`lpush`, `sadd`, `zrem`, …).
 */
export type RedisValues = RedisValue | readonly RedisValue[];

/**
 * Key (or field) to value pairs, for `mset`, `msetnx` and `hset`; a plain object or a Map.
 */
export type RedisEntries = Readonly<Record<string, RedisValue>> | ReadonlyMap<string, RedisValue>;
