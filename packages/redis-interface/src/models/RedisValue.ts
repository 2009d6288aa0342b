import type { RedisKeyInput } from './RedisKeys.js';

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
 * Key (or field) to value pairs, for `mset`, `msetnx`, `hset` and `xadd`: a plain object, a Map, or a list of
 * `[key, value]` tuples.
 *
 * @remarks
 * A plain object's keys are text; a Map's keys and the tuples' keys may also be Buffers
 * ({@link RedisKeyInput}: names that are not UTF-8 text). For `mset`/`msetnx` they are keys: given
 * without the `keyPrefix` and hashed on their bytes, prefix included, in cluster mode (`mset` splits by
 * slot, `msetnx` throws `CROSS_SLOT`); for `hset`/`xadd` they are field names (no prefix). The tuples are
 * sent in their order; a key given twice is written twice, the last value wins (as Redis does). A key
 * that is neither a string nor a Buffer, a tuple that is not `[key, value]` or an empty set of entries
 * is `INVALID_ARGUMENT`, and nothing is sent.
 *
 * @example
 * ```ts
 * await redis.mset([[Buffer.from([0xff, 0x00, 0xfe]), 'binary key'], ['text', 1]]);
 * ```
 */
export type RedisEntries =
  | Readonly<Record<string, RedisValue>>
  | ReadonlyMap<RedisKeyInput, RedisValue>
  | readonly (readonly [key: RedisKeyInput, value: RedisValue])[];
