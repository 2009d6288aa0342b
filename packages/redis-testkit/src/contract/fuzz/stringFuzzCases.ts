import fc from 'fast-check';
import type { IRedisJsonCommands, IRedisStringCommands } from '@org/redis-interface';
import {
  args,
  choice,
  entries,
  flag,
  float,
  integer,
  junk,
  key,
  keyArray,
  options,
  value,
} from './arbitraries.js';
import { isBoolean, isCount, isInteger, isNumber, isOk, isTextOrNull } from './documented.js';
import type { FuzzCase, FuzzKeys } from './FuzzCase.js';

/** SET options: TTLs, dates, conditions and GET, each valid, wrong or junk. */
export const setOptions: fc.Arbitrary<unknown> = options({
  ttl: fc.oneof(options({ seconds: integer(0, 100), milliseconds: integer(0, 100_000) }), junk),
  expiresAt: fc.oneof(fc.constant(new Date(Date.now() + 3_600_000)), fc.constant(new Date(Number.NaN)), junk),
  keepTtl: choice(true),
  condition: choice('NX', 'XX'),
  get: flag,
});

const mset = (keys: FuzzKeys): fc.Arbitrary<readonly unknown[]> =>
  args(entries(key(keys), fc.constantFrom(...keys.names)));

/** String commands. */
export const stringFuzzCases = {
  get: { args: (keys) => args(key(keys)), resolves: isTextOrNull },
  getBuffer: { args: (keys) => args(key(keys)) },
  set: { args: (keys) => args(key(keys), value, setOptions) },
  mget: { args: (keys) => args(keyArray(keys)) },
  mgetBuffer: { args: (keys) => args(keyArray(keys)) },
  mset: { args: mset, resolves: isOk },
  msetnx: { args: mset, resolves: isBoolean },
  incr: { args: (keys) => args(key(keys)), resolves: isInteger },
  incrby: { args: (keys) => args(key(keys), integer()), resolves: isInteger },
  incrbyfloat: { args: (keys) => args(key(keys), float), resolves: isNumber },
  decr: { args: (keys) => args(key(keys)), resolves: isInteger },
  decrby: { args: (keys) => args(key(keys), integer()), resolves: isInteger },
  getdel: { args: (keys) => args(key(keys)), resolves: isTextOrNull },
  append: { args: (keys) => args(key(keys), value), resolves: isCount },
  strlen: { args: (keys) => args(key(keys)), resolves: isCount },
  getex: {
    args: (keys) =>
      args(
        key(keys),
        options({
          ttl: fc.oneof(options({ seconds: integer(0, 100), milliseconds: integer(0, 100_000) }), junk),
          expiresAt: fc.oneof(
            fc.constant(new Date(Date.now() + 3_600_000)),
            fc.constant(new Date(Number.NaN)),
            junk,
          ),
          persist: choice(true, false),
        }),
      ),
    resolves: isTextOrNull,
  },
} satisfies Record<keyof IRedisStringCommands, FuzzCase>;

/** JSON commands: values JSON cannot represent, parse functions that are not functions. */
export const jsonFuzzCases = {
  getJson: {
    args: (keys) =>
      args(
        key(keys),
        fc.oneof(
          fc.constant(undefined),
          fc.constant((text: unknown) => text),
          junk,
        ),
      ),
  },
  setJson: {
    args: (keys) =>
      args(
        key(keys),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          junk,
          fc.constant(1n),
          fc.constant(() => 1),
        ),
        setOptions,
      ),
  },
} satisfies Record<keyof IRedisJsonCommands, FuzzCase>;
