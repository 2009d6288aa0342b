import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';
import type { LcsMatches, LcsOptions } from '../commands/StringTypes.js';

/**
 * Parts of string values: GETRANGE, SETRANGE, LCS. SUBSTR (the old name of GETRANGE) has no member.
 * One key each, except `lcs` (two keys in one slot).
 */
export interface IRedisSubstringCommands {
  /**
   * GETRANGE: the bytes from `start` to `end`, both inclusive.
   * @param key - the key.
   * @param start - the first byte offset; negative counts from the end (`-1` is the last byte).
   * @param end - the last byte offset, inclusive; negative counts from the end.
   * @returns that part of the value as text; `''` when the key is missing or the range is empty.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` unless `start` and `end`
   *   are whole numbers.
   */
  getrange(key: RedisKeyInput, start: number, end: number): Promise<string>;
  /**
   * SETRANGE: overwrites the value from byte `offset` on, padding with zero bytes when it is shorter.
   * @param key - the key (created when missing).
   * @param offset - the byte offset, `>= 0` (Redis limits values to 512 MB).
   * @param value - the bytes written there.
   * @returns the new length of the value in bytes.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a negative or
   *   fractional offset.
   */
  setrange(key: RedisKeyInput, offset: number, value: RedisValue): Promise<number>;
  /**
   * LCS: the longest common subsequence of two string values (Redis 7+).
   * Both keys must share one hash slot.
   * @param key1 - the first key (a missing key is an empty string).
   * @param key2 - the second key.
   * @returns the subsequence as text.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  lcs(
    key1: RedisKeyInput,
    key2: RedisKeyInput,
    options?: LcsOptions & { readonly len?: false; readonly idx?: false },
  ): Promise<string>;
  /**
   * LCS … LEN: the length of the longest common subsequence.
   * @param key1 - the first key.
   * @param key2 - the second key (same slot).
   * @param options - `len: true`.
   * @returns the length in bytes.
   */
  lcs(
    key1: RedisKeyInput,
    key2: RedisKeyInput,
    options: LcsOptions & { readonly len: true; readonly idx?: false },
  ): Promise<number>;
  /**
   * LCS … IDX: where the common subsequence is in each value.
   * @param key1 - the first key.
   * @param key2 - the second key (same slot).
   * @param options - `idx: true`, with `minMatchLength` and `withMatchLength`.
   * @returns the matches and the total length.
   */
  lcs(
    key1: RedisKeyInput,
    key2: RedisKeyInput,
    options: LcsOptions & { readonly idx: true; readonly len?: false },
  ): Promise<LcsMatches>;
  /**
   * LCS with options only known at run time.
   * @param key1 - the first key.
   * @param key2 - the second key; both keys must share one hash slot.
   * @param options - {@link LcsOptions}: `len` and `idx` are exclusive; `minMatchLength` and
   * `withMatchLength` need `idx`.
   * @returns the subsequence (plain), its length (`len`) or the matches (`idx`).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for `len` with `idx`, IDX
   * options without `idx` or a bad `minMatchLength`; `CROSS_SLOT` (cluster, or `strictCrossSlot`); both
   * before anything is sent.
   */
  lcs(key1: RedisKeyInput, key2: RedisKeyInput, options?: LcsOptions): Promise<string | number | LcsMatches>;
}
