/**
 * The core Redis data types, as the TYPE command and `SCAN … TYPE` spell them.
 */
export type RedisKeyType = 'string' | 'list' | 'set' | 'zset' | 'hash' | 'stream';

/**
 * What `type(key)` resolves to: a core type, `'none'` when the key does not exist, or the raw name a
 * module registers (e.g. `'ReJSON-RL'`).
 */
export type RedisTypeName = RedisKeyType | 'none' | (string & NonNullable<unknown>);
