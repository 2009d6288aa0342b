import type { RedisKeyInput } from '../RedisKeys.js';
import type { SetCondition, SetOptions } from '../commands/SetOptions.js';

/**
 * Typed JSON helpers over plain string keys (JSON.stringify / JSON.parse, not the RedisJSON module).
 */
export interface IRedisJsonCommands {
  /**
   * GET, parsed as JSON.
   *
   * @typeParam T - the expected type. Without `parse` it is an unchecked assertion; with `parse` it is
   * inferred from it (e.g. `(v) => userSchema.parse(v)`).
   * @param key - the key.
   * @param parse - validates the parsed value and returns it typed; whatever it throws is rethrown.
   * @returns the value, or `null` when the key does not exist (or holds the JSON text `null`).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_JSON` when the stored text is not
   *   JSON.
   */
  getJson<T = unknown>(key: RedisKeyInput, parse?: (value: unknown) => T): Promise<T | null>;
  /**
   * SET of `JSON.stringify(value)` … GET: resolves to the previous value, parsed.
   * @typeParam T - the value type; the previous value is assumed to have it too.
   * @param key - the key.
   * @param value - the new value.
   * @param options - `get: true`, plus expiry and condition, as for `set`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when JSON cannot
   * represent `value` (undefined, a function, a BigInt, a cycle) or the options are invalid; `INVALID_JSON`
   * when the previous value is not JSON.
   */
  setJson<T>(key: RedisKeyInput, value: T, options: SetOptions & { readonly get: true }): Promise<T | null>;
  /**
   * SET NX / SET XX of `JSON.stringify(value)`.
   * @typeParam T - the value type.
   * @param key - the key.
   * @param value - the value.
   * @param options - the condition, plus expiry.
   * @returns `'OK'`, or `null` when the condition prevented the write.
   */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- setJson<User>(key, user) checks the value
  setJson<T>(
    key: RedisKeyInput,
    value: T,
    options: SetOptions & { readonly condition: SetCondition; readonly get?: false },
  ): Promise<'OK' | null>;
  /**
   * SET of `JSON.stringify(value)`, without condition.
   * @typeParam T - the value type.
   * @param key - the key.
   * @param value - the value.
   * @param options - expiry.
   */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- setJson<User>(key, user) checks the value
  setJson<T>(
    key: RedisKeyInput,
    value: T,
    options?: SetOptions & { readonly condition?: never; readonly get?: false },
  ): Promise<'OK'>;
  /**
   * SET of `JSON.stringify(value)` with options only known at run time.
   * @typeParam T - the value type.
   * @param key - the key.
   * @param value - the value.
   * @param options - any {@link SetOptions}.
   * @returns `'OK'`, `null`, or the previous value (with `get`).
   */
  setJson<T>(key: RedisKeyInput, value: T, options?: SetOptions): Promise<T | 'OK' | null>;
}
