/**
 * One key or a list of keys, for commands that accept several (`del`, `unlink`, `exists`, `touch`, `blpop`).
 *
 * @remarks
 * Keys are always given without the configured `keyPrefix`; the driver adds it.
 */
export type RedisKeys = string | readonly string[];
