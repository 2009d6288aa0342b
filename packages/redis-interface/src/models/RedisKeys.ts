/**
 * A key as a member takes it: text, or bytes (`Buffer`) for keys that are not valid UTF-8 text.
 *
 * @remarks
 * A Buffer key is the same key as its text when the bytes are the text's UTF-8 encoding
 * (`Buffer.from('user:1')` and `'user:1'` name one key). It is given without the configured
 * `keyPrefix` like a text key (the prefix's bytes are put before it), checked the same way (anything
 * else is `INVALID_ARGUMENT` before sending), and hashed on its bytes, prefix included, for its slot in
 * cluster mode (a hash tag `{…}` in the bytes works as in text).
 */
export type RedisKeyInput = string | Buffer;

/**
 * One key or a list of keys, for commands that accept several (`del`, `unlink`, `exists`, `touch`, `blpop`).
 *
 * @remarks
 * Keys are always given without the configured `keyPrefix`; the driver adds it. A key that is not a string
 * or a Buffer ({@link RedisKeyInput}; a Buffer is hashed on its bytes in cluster mode) is rejected with
 * `INVALID_ARGUMENT` before anything is sent, never turned into text such as `""` or `[object Object]`.
 */
export type RedisKeys = RedisKeyInput | readonly RedisKeyInput[];
