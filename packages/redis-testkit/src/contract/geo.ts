import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoMember } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';

/** The two cities of Redis's own GEO examples. */
export const sicily: readonly GeoMember[] = [
  { longitude: 13.361389, latitude: 38.115556, member: 'Palermo' },
  { longitude: 15.087269, latitude: 37.502669, member: 'Catania' },
];

/**
 * GEOADD, GEODIST, GEOHASH, GEOPOS.
 *
 * @param context - the group's context.
 */
export function describeGeoContract(context: ContractContext): void {
  let key: string;

  beforeAll(async () => {
    key = context.key('geo');
    await context.service().geoadd(key, sicily);
  });

  describe('.geoadd', () => {
    it('should resolve how many members were added', async () => {
      expect(await context.service().geoadd(context.key('geoadd'), sicily)).toBe(2);
    });

    it('should count a moved member with ch', async () => {
      const moved = { longitude: 13.4, latitude: 38.1, member: 'Palermo' };
      expect(await context.service().geoadd(key, [moved, sicily[1] as GeoMember], { ch: true })).toBe(1);
      await context.service().geoadd(key, sicily);
    });

    it('should not add a new member with condition XX', async () => {
      const rome = { longitude: 12.5, latitude: 41.9, member: 'Rome' };
      await context.service().geoadd(key, [rome], { condition: 'XX' });
      expect(await context.service().geopos(key, ['Rome'])).toEqual([null]);
    });

    it('should write a sorted set under the prefixed key', async () => {
      expect(await context.service().type(key)).toBe('zset');
    });

    it('should reject a latitude out of range with SERVER_ERROR', async () => {
      const pole = { longitude: 0, latitude: 89, member: 'pole' };
      await expect(context.service().geoadd(context.key('geoadd-pole'), [pole])).rejects.toMatchObject({
        code: 'SERVER_ERROR',
      });
    });

    it('should reject no member with INVALID_ARGUMENT', async () => {
      await expect(context.service().geoadd(context.key('geoadd-none'), [])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject a NaN longitude with INVALID_ARGUMENT', async () => {
      const bad = { longitude: Number.NaN, latitude: 0, member: 'x' };
      await expect(context.service().geoadd(context.key('geoadd-nan'), [bad])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.geodist', () => {
    it('should resolve the distance in the unit asked for', async () => {
      expect(await context.service().geodist(key, 'Palermo', 'Catania', 'km')).toBeCloseTo(166.2742, 3);
    });

    it('should resolve null for a missing member', async () => {
      expect(await context.service().geodist(key, 'Palermo', 'Atlantis')).toBeNull();
    });

    it('should reject an unknown unit with INVALID_ARGUMENT', async () => {
      await expect(context.service().geodist(key, 'Palermo', 'Catania', junk('yd'))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.geohash', () => {
    it('should resolve one geohash or null per member, in order', async () => {
      expect(await context.service().geohash(key, ['Palermo', 'Atlantis', 'Catania'])).toEqual([
        'sqc8b49rny0',
        null,
        'sqdtr74hyu0',
      ]);
    });
  });

  describe('.geopos', () => {
    it('should resolve coordinates or null per member', async () => {
      const [palermo, missing] = await context.service().geopos(key, ['Palermo', 'Atlantis']);
      expect([palermo?.longitude, palermo?.latitude, missing]).toEqual([
        expect.closeTo(13.361389, 5),
        expect.closeTo(38.115556, 5),
        null,
      ]);
    });

    it('should reject a member that is not a string with INVALID_ARGUMENT', async () => {
      await expect(context.service().geopos(key, [junk(1)])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });
}
