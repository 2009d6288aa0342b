import type { RedisKeyType } from '@org/redis-interface';

/**
 * The data type each RDB object type byte stands for (rdb.h `RDB_TYPE_*`, Redis 2.x to 7.x): the
 * first byte of a DUMP payload, whatever the encoding (listpack, intset, quicklist…).
 */
const rdbTypes: Readonly<Record<number, RedisKeyType>> = {
  0: 'string',
  1: 'list',
  2: 'set',
  3: 'zset',
  4: 'hash',
  5: 'zset',
  9: 'hash',
  10: 'list',
  11: 'set',
  12: 'zset',
  13: 'hash',
  14: 'list',
  15: 'stream',
  16: 'hash',
  17: 'zset',
  18: 'list',
  19: 'stream',
  20: 'set',
  21: 'stream',
};

/**
 * The type of the value a DUMP payload holds, read from its first byte, so that `verify` tells a
 * changed type from a changed value without a TYPE round trip.
 * @returns the type, or `undefined` for a module type or a byte this table does not know.
 */
export function rdbTypeName(payload: Buffer): RedisKeyType | undefined {
  const byte = payload[0];
  return byte === undefined ? undefined : rdbTypes[byte];
}
