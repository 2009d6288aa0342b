import type { RedisKeyType, ScanOptions } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkOptionalChoice, checkOptions, checkString, checkWholeNumber } from './checks.js';
import { globLiteral } from './globLiteral.js';

const keyTypes: readonly RedisKeyType[] = ['string', 'list', 'set', 'zset', 'hash', 'stream'];

/** What every SCAN page of one walk sends after its cursor. */
export interface ScanArguments {
  /** The MATCH pattern, the key prefix in front. */
  readonly match: string;
  readonly count: number;
  /** `TYPE t`, or nothing. */
  readonly tail: readonly string[];
}

/**
 * The options of `scan`/`scanPage` checked and turned into arguments. ioredis does not prefix SCAN
 * MATCH (SCAN has no key position): done here, the prefix's glob characters escaped.
 * @throws RedisError `INVALID_ARGUMENT` for options that are not an object, a `match` that is not a
 *   string, an unknown `type` or a `count` that is not a whole number `>= 1`.
 */
export function scanArguments(options: ScanOptions | undefined, keyPrefix: string): ScanArguments {
  const checked = checkOptions('scan', options);
  const match =
    globLiteral(keyPrefix) + (checked.match === undefined ? '*' : checkString('scan', 'options.match', checked.match));
  const type = checkOptionalChoice('scan', 'options.type', checked.type, keyTypes);
  const count =
    checked.count === undefined ? 100 : checkWholeNumber('scan', 'options.count', checked.count, 1);
  return { match, count, tail: type === undefined ? [] : ['TYPE', type] };
}

/** `SCAN cursor MATCH m COUNT n [TYPE t]`'s arguments. */
export function scanArgv(cursor: string, scan: ScanArguments): RedisArgument[] {
  return [cursor, 'MATCH', scan.match, 'COUNT', scan.count, ...scan.tail];
}
