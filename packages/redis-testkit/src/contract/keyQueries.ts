import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { junk } from './junk.js';
import { skipUnlessMode } from './skipUnlessMode.js';

/**
 * SORT (BY/GET patterns in the key's slot, STORE), SORT_RO, KEYS and RANDOMKEY.
 *
 * @param context - the group's context.
 */
export function describeKeyQueriesContract(context: ContractContext): void {
  let strict: IRedisService;
  let unprefixed: IRedisService;
  let tag: string;
  let list: string;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
    unprefixed = await context.createService({ keyPrefix: '' });
    tag = context.hashTag('sort');
    list = `${tag}:list`;
    await context.service().rpush(list, ['3', '1', '2']);
    await context.service().mset({
      [`${tag}:w_1`]: '30',
      [`${tag}:w_2`]: '10',
      [`${tag}:w_3`]: '20',
      [`${tag}:v_1`]: 'one',
      [`${tag}:v_3`]: 'three',
    });
  });

  describe('.sort', () => {
    it('should sort numerically', async () => {
      expect(await context.service().sort(list)).toEqual(['1', '2', '3']);
    });

    it('should sort in order DESC with a limit', async () => {
      expect(await context.service().sort(list, { order: 'DESC', limit: { offset: 1, count: 2 } })).toEqual([
        '2',
        '1',
      ]);
    });

    // Redis 7.0 refuses BY/GET patterns in a cluster outright (7.2 accepts those of the key's slot).
    const patternsRefused = skipUnlessMode(
      context,
      'standalone',
      'Redis 7.0 refuses BY/GET patterns in a cluster',
    );

    it.skipIf(patternsRefused)('should sort by the prefixed keys a pattern names', async () => {
      expect(await context.service().sort(list, { by: `${tag}:w_*` })).toEqual(['2', '3', '1']);
    });

    it.skipIf(patternsRefused)(
      'should resolve the values get patterns name, null for a missing one',
      async () => {
        expect(await context.service().sort(list, { get: ['#', `${tag}:v_*`] })).toEqual([
          '1',
          'one',
          '2',
          null,
          '3',
          'three',
        ]);
      },
    );

    it('should store the result and resolve its length', async () => {
      const destination = `${tag}:sorted`;
      expect(await context.service().sort(list, { alpha: true, store: destination })).toBe(3);
      expect(await context.service().lrange(destination, 0, -1)).toEqual(['1', '2', '3']);
    });

    it('should reject a store key in another slot with CROSS_SLOT', async () => {
      const [a, b] = crossSlotKeys(context, 'sort-cross');
      await expect(strict.sort(a, { store: b })).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });

    it.skipIf(skipUnlessMode(context, 'cluster', 'a standalone server sorts by any key'))(
      'should be refused by Redis for a pattern outside the key slot with SERVER_ERROR',
      async () => {
        await expect(context.service().sort(list, { by: 'w_*' })).rejects.toMatchObject({
          code: 'SERVER_ERROR',
        });
      },
    );

    it('should reject a limit without count with INVALID_ARGUMENT', async () => {
      await expect(context.service().sort(list, { limit: junk({ offset: 0 }) })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.sortRo', () => {
    it('should sort as text with alpha', async () => {
      const key = context.key('sort-ro');
      await context.service().rpush(key, ['b', 'c', 'a']);
      expect(await context.service().sortRo(key, { alpha: true, order: 'DESC' })).toEqual(['c', 'b', 'a']);
    });

    it('should reject store with INVALID_ARGUMENT', async () => {
      await expect(context.service().sortRo(list, junk({ store: 'x' }))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.keys', () => {
    let name: string;

    beforeAll(async () => {
      name = context.key('keys');
      await context.service().mset({ [`${name}:a`]: '1', [`${name}:b`]: '2' });
      await unprefixed.set(`${name}:c`, '3', { ttl: { seconds: 60 } });
    });

    it('should resolve this prefix matching keys without the prefix, from every master', async () => {
      expect((await context.service().keys(`${name}:*`)).sort()).toEqual([`${name}:a`, `${name}:b`]);
    });

    it('should reject a pattern that is not a string with INVALID_ARGUMENT', async () => {
      await expect(context.service().keys(junk(1))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.randomkey', () => {
    let found: string | null;

    beforeAll(async () => {
      await context.service().set(context.key('randomkey'), 'v');
      found = await context.service().randomkey();
    });

    it('should resolve an existing key by its full name', async () => {
      expect(await unprefixed.exists(found ?? '')).toBe(1);
    });
  });
}
