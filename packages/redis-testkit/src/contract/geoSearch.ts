import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { sicily } from './geo.js';
import { junk } from './junk.js';

/**
 * GEOSEARCH (every shape and WITH… result) and GEOSEARCHSTORE.
 *
 * @param context - the group's context.
 */
export function describeGeoSearchContract(context: ContractContext): void {
  let strict: IRedisService;
  let tag: string;
  let key: string;
  const near = { from: { longitude: 15, latitude: 37 }, by: { radius: 200, unit: 'km' } } as const;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
    tag = context.hashTag('geosearch');
    key = `${tag}:sicily`;
    await context.service().geoadd(key, sicily);
  });

  describe('.geosearch', () => {
    it('should resolve names within a radius of a point, nearest first', async () => {
      expect(await context.service().geosearch(key, { ...near, order: 'ASC' })).toEqual([
        'Catania',
        'Palermo',
      ]);
    });

    it('should search a box around a member', async () => {
      const found = await context.service().geosearch(key, {
        from: { member: 'Palermo' },
        by: { width: 100, height: 100, unit: 'km' },
      });
      expect(found).toEqual(['Palermo']);
    });

    it('should stop at count, farthest first with DESC', async () => {
      expect(await context.service().geosearch(key, { ...near, order: 'DESC', count: 1 })).toEqual([
        'Palermo',
      ]);
    });

    it('should give matches with distance and coordinates', async () => {
      const [first] = await context.service().geosearch(key, {
        ...near,
        order: 'ASC',
        count: 1,
        withDist: true,
        withCoord: true,
      });
      const rounded = (value: number | undefined): number => Math.round((value ?? Number.NaN) * 1e4) / 1e4;
      expect([
        first?.member,
        rounded(first?.distance),
        rounded(first?.coordinates?.longitude),
        rounded(first?.coordinates?.latitude),
      ]).toEqual(['Catania', 56.4413, 15.0873, 37.5027]);
    });

    it('should give matches with the geohash score', async () => {
      const [first] = await context.service().geosearch(key, { ...near, order: 'ASC', withHash: true });
      expect(first).toEqual({ member: 'Catania', hash: 3479447370796909 });
    });

    it('should reject any without count with INVALID_ARGUMENT', async () => {
      await expect(context.service().geosearch(key, { ...near, any: true })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject no options with INVALID_ARGUMENT', async () => {
      await expect(context.service().geosearch(key, junk(undefined))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject a missing from member with SERVER_ERROR', async () => {
      const from = { member: 'Atlantis' };
      await expect(context.service().geosearch(key, { ...near, from })).rejects.toMatchObject({
        code: 'SERVER_ERROR',
      });
    });
  });

  describe('.geosearchstore', () => {
    it('should store the matches as a geo set and resolve their count', async () => {
      const destination = `${tag}:near`;
      expect(
        await context.service().geosearchstore(destination, key, { ...near, count: 1, order: 'ASC' }),
      ).toBe(1);
      expect(await context.service().geohash(destination, ['Catania'])).toEqual(['sqdtr74hyu0']);
    });

    it('should store distances as scores with storeDist', async () => {
      const destination = `${tag}:distances`;
      await context.service().geosearchstore(destination, key, { ...near, storeDist: true });
      expect(await context.service().zscore(destination, 'Catania')).toBeCloseTo(56.4413, 3);
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      const [a, b] = crossSlotKeys(context, 'geosearchstore-cross');
      await expect(strict.geosearchstore(a, b, near)).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });
  });
}
