import type { RedisKeyInput } from '../RedisKeys.js';
import type {
  Bit,
  BitfieldGet,
  BitfieldOperation,
  BitOperation,
  BitPosRange,
  BitRange,
} from '../commands/BitmapTypes.js';

/** Bitmaps: bits of string values. One key each, except `bitop` (every key in one slot). */
export interface IRedisBitmapCommands {
  /**
   * SETBIT.
   * @param key - the key (created when missing, grown with zero bytes as needed).
   * @param offset - the bit offset, `>= 0` (bit 0 is the most significant bit of the first byte).
   * @param value - 0 or 1.
   * @returns the bit's previous value.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a negative offset or
   *   a value other than 0 and 1.
   */
  setbit(key: RedisKeyInput, offset: number, value: Bit): Promise<Bit>;
  /**
   * GETBIT.
   * @param key - the key.
   * @param offset - the bit offset, `>= 0`.
   * @returns the bit (0 past the end or for a missing key).
   */
  getbit(key: RedisKeyInput, offset: number): Promise<Bit>;
  /**
   * BITCOUNT: how many bits are set.
   * @param key - the key.
   * @param range - bytes (default) or bits (`unit: 'BIT'`, Redis 7+) to count in; the whole value without.
   * @returns the count (0 for a missing key).
   */
  bitcount(key: RedisKeyInput, range?: BitRange): Promise<number>;
  /**
   * BITPOS: the first bit set to `bit`.
   * @param key - the key.
   * @param bit - 0 or 1.
   * @param range - where to look; `unit` needs `end`.
   * @returns the bit position, or `-1` (looking for 1 and none found; looking for 0 in a range that has none).
   */
  bitpos(key: RedisKeyInput, bit: Bit, range?: BitPosRange): Promise<number>;
  /**
   * BITOP: AND, OR, XOR of several keys, or NOT of one, written to `destination`.
   * Every key (the destination and the sources) must share one hash slot.
   * @param operation - AND, OR, XOR or NOT.
   * @param destination - the key written (deleted when the result is empty).
   * @param keys - the source keys, at least one (exactly one for NOT).
   * @returns the length of the result in bytes.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for no source key or NOT
   * over several; `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent.
   */
  bitop(operation: BitOperation, destination: RedisKeyInput, keys: readonly RedisKeyInput[]): Promise<number>;
  /**
   * BITFIELD: integer fields of any width at any bit offset, read and written in one atomic command.
   * @param key - the key.
   * @param operations - GET, SET, INCRBY and OVERFLOW operations, run in order; at least one.
   * @returns one entry per GET/SET/INCRBY (OVERFLOW has none): the value read, the old value, the new
   * value, or `null` for an INCRBY/SET that overflowed under OVERFLOW FAIL.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for an unknown operation,
   * a bad encoding (`i1`…`i64`, `u1`…`u63`) or offset; nothing is sent then.
   */
  bitfield(key: RedisKeyInput, operations: readonly BitfieldOperation[]): Promise<(number | null)[]>;
  /**
   * BITFIELD_RO (Redis 6.2+): BITFIELD with GET operations only, so it may run on a replica.
   * @param key - the key.
   * @param operations - GET operations, at least one.
   * @returns one value per operation.
   */
  bitfieldRo(key: RedisKeyInput, operations: readonly BitfieldGet[]): Promise<number[]>;
}
