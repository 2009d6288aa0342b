/**
 * One key or a list of keys, for commands that accept several (`del`, `unlink`, `exists`, `touch`, `blpop`).
 *
 * @remarks
 * Keys are always given without the configured `keyPrefix`; the driver adds it. A key that is not a string
 * (Buffers are accepted too, and hashed on their bytes in cluster mode) is rejected with `INVALID_ARGUMENT`
 * before anything is sent, never turned into text such as `""` or `[object Object]`.
 */
export type RedisKeys = string | readonly string[];
