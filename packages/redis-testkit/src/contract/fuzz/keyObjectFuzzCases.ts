import fc from 'fast-check';
import type { IRedisKeyObjectCommands, IRedisKeyQueryCommands } from '@org/redis-interface';
import { args, choice, field, flag, integer, junk, key, noArgs, options } from './arbitraries.js';
import { isBoolean, isCount, isList, isOk, isTextList, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

/** A count or `null` (OBJECT … of a missing key). */
const isCountOrNull = (value: unknown): boolean => value === null || isCount(value);

/** RESTORE's TTL: relative, absolute, or junk; eviction hints valid, out of range or junk. */
const restoreOptions = options({
  ttl: fc.oneof(options({ seconds: integer(0, 100), milliseconds: integer(0, 100_000) }), junk),
  expiresAt: fc.oneof(fc.constant(new Date(Date.now() + 3_600_000)), fc.constant(new Date(Number.NaN)), junk),
  replace: flag,
  idleTime: integer(0, 100),
  frequency: integer(0, 300),
});

/** Payloads: nothing DUMP wrote (the server refuses them), or junk. */
const payload = fc.oneof(
  fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes)),
  junk,
);

/** COPY, OBJECT …, DUMP, RESTORE. */
export const keyObjectFuzzCases = {
  copy: { args: (keys) => args(key(keys), key(keys), options({ replace: flag })), resolves: isBoolean },
  objectEncoding: { args: (keys) => args(key(keys)), resolves: isTextOrNull },
  objectFreq: { args: (keys) => args(key(keys)), resolves: isCountOrNull },
  objectIdletime: { args: (keys) => args(key(keys)), resolves: isCountOrNull },
  objectRefcount: { args: (keys) => args(key(keys)), resolves: isCountOrNull },
  dump: { args: (keys) => args(key(keys)), resolves: (value) => value === null || Buffer.isBuffer(value) },
  restore: { args: (keys) => args(key(keys), payload, restoreOptions), resolves: isOk },
} satisfies Record<keyof IRedisKeyObjectCommands, FuzzCase>;

/** SORT options over the pool's names (patterns read pool keys only), valid or junk. */
const sortOptions = (keys: Parameters<FuzzCase['args']>[0], store: boolean): fc.Arbitrary<unknown> =>
  options({
    by: choice('nosort', `${keys.names[0]}*`, `${keys.names[1]}->f`),
    limit: fc.oneof(options({ offset: integer(0, 3), count: integer(0, 3) }), junk),
    get: fc.oneof(fc.array(choice('#', `${keys.names[1]}->f`), { maxLength: 2 }), junk),
    order: choice('ASC', 'DESC', 'asc'),
    alpha: flag,
    ...(store ? { store: key(keys) } : {}),
  });

/** SORT, SORT_RO, KEYS (patterns of this group only), RANDOMKEY. */
export const keyQueryFuzzCases = {
  sort: {
    args: (keys) => args(key(keys), sortOptions(keys, true)),
    resolves: (value) => isList(value) || isCount(value),
  },
  sortRo: { args: (keys) => args(key(keys), sortOptions(keys, false)), resolves: isList },
  keys: { args: (keys) => args(fc.oneof(fc.constantFrom(...keys.names), field, junk)), resolves: isTextList },
  randomkey: { args: () => noArgs, resolves: isTextOrNull },
} satisfies Record<keyof IRedisKeyQueryCommands, FuzzCase>;
