import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';
import { rejectionCodeOf } from './errorCodeOf.js';

/** One reported bad call: what it must leave as it was, under the group's own key prefix. */
interface InvalidCall {
  readonly title: string;
  readonly call: (redis: IRedisService, key: string) => Promise<unknown>;
  /** Written before the call (valid calls); must still exist after it. */
  readonly existing?: readonly string[];
  /** Keys a driver without the check would write: must not exist after the call. */
  readonly absent?: readonly string[];
  /** Sets `key` up before the call; `check` reads what must be unchanged. */
  readonly prepare?: (redis: IRedisService, key: string) => Promise<unknown>;
  readonly check?: (redis: IRedisService, key: string) => Promise<unknown>;
  readonly expected?: unknown;
}

const coerced = ['', '[object Object]', '0', '1', '2', 'Symbol(k)', 'undefined', 'null'];

const invalidCalls: readonly InvalidCall[] = [
  { title: 'set with an undefined key', call: (redis) => redis.set(junk(undefined), 'a'), absent: [''] },
  { title: 'set with a null key', call: (redis) => redis.set(junk(null), 'b'), absent: [''] },
  { title: 'set with an object key', call: (redis) => redis.set(junk({}), 'c'), absent: ['[object Object]'] },
  {
    title: 'set with a Symbol key',
    call: (redis) => redis.set(junk(Symbol('k')), 'd'),
    absent: ['Symbol(k)'],
  },
  { title: 'get with a Symbol key', call: (redis) => redis.get(junk(Symbol('k'))) },
  { title: 'mset with a string', call: (redis) => redis.mset(junk('str')), absent: ['0', '1', '2'] },
  { title: 'mset with null', call: (redis) => redis.mset(junk(null)) },
  {
    title: 'del with an object among the keys',
    call: (redis) => redis.del(junk(['zz', {}])),
    existing: ['zz', '[object Object]'],
  },
  { title: 'exists with 1.5', call: (redis) => redis.exists(junk(1.5)) },
  { title: 'exists with null', call: (redis) => redis.exists(junk(null)) },
  {
    title: 'xadd with null fields',
    call: (redis, key) => redis.xadd(key, junk(null)),
    check: (redis, key) => redis.exists(key),
    expected: 0,
  },
  {
    title: 'xtrim with null options',
    prepare: async (redis, key) => {
      for (const value of ['a', 'b', 'c']) await redis.xadd(key, { value });
    },
    call: (redis, key) => redis.xtrim(key, junk(null)),
    check: (redis, key) => redis.xlen(key),
    expected: 3,
  },
  {
    title: 'zrangebyscore with a null limit',
    call: (redis, key) => redis.zrangebyscore(key, 0, 1, { limit: junk(null) }),
  },
  {
    title: 'zadd with a BigInt score',
    call: (redis, key) => redis.zadd(key, { score: junk(1n), member: 'm' }),
    check: (redis, key) => redis.exists(key),
    expected: 0,
  },
];

/**
 * Keys, fields and options are checked like values: each call reported in issue 12 rejects with
 * `INVALID_ARGUMENT` (never a synchronous throw, never a bare TypeError) and writes or deletes nothing.
 * The group uses a key prefix of its own, so keys such as `""` or `[object Object]` can be looked for.
 *
 * @param context - the group's context.
 */
export function describeKeyValidationContract(context: ContractContext): void {
  let redis: IRedisService;

  beforeAll(async () => {
    redis = await context.createService({
      keyPrefix: `${context.keyPrefix}valid-${randomBytes(4).toString('hex')}:`,
    });
  });

  describe.each(invalidCalls)('having $title', (invalid) => {
    let code: string;
    let key: string;

    beforeAll(async () => {
      key = context.key('validation');
      for (const existing of invalid.existing ?? []) await redis.set(existing, 'kept');
      await invalid.prepare?.(redis, key);
      code = await rejectionCodeOf(() => invalid.call(redis, key));
    });

    afterAll(async () => {
      // The next case looks for these names again.
      if (invalid.existing !== undefined) await redis.del(invalid.existing);
    });

    it('should reject with INVALID_ARGUMENT', () => {
      expect(code).toBe('INVALID_ARGUMENT');
    });

    it('should write and delete nothing', async () => {
      const existing = invalid.existing ?? [];
      const absent = coerced.filter((name) => !existing.includes(name));
      const state = {
        existing: await redis.exists(existing),
        absent: await redis.exists(absent),
        checked: await invalid.check?.(redis, key),
      };
      expect(state).toEqual({ existing: existing.length, absent: 0, checked: invalid.expected });
    });
  });

  describe('having a Buffer key', () => {
    it('should write and read it like the same text, in every slot', async () => {
      const keys = Array.from({ length: 8 }, (_, index) => `${context.key('buffer')}:${index}`);
      await redis.mset(new Map(keys.map((key) => [junk(Buffer.from(key)), key])));
      await redis.set(junk(Buffer.from(`${keys[0] ?? ''}:one`)), 'one');
      expect(await redis.mget([...keys, `${keys[0] ?? ''}:one`])).toEqual([...keys, 'one']);
    });
  });
}
