import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { nulBytes, rawBytes } from './rawBytes.js';

/**
 * `redis.bytes` for the members whose results mix names and stored data (`xclaim`, `xautoclaim`, `lcs`,
 * `geosearch`): stream IDs stay text, values, the LCS string and member names come as stored; and a key
 * and a value of exactly `ff 00 fe` round-trip.
 *
 * @param context - the group's context.
 */
export function describeBytesNamesAsTextContract(context: ContractContext): void {
  /** A stream with one entry `{ f: nulBytes }` delivered to consumer `c` of group `g` (so it is pending). */
  const pendingEntry = async (name: string): Promise<{ key: string; id: string }> => {
    const key = context.key(name);
    await context.service().xgroupCreate(key, 'g', '$', { mkstream: true });
    const id = await context.service().xadd(key, { f: nulBytes });
    await context.service().xreadgroup('g', 'c', [{ key, id: '>' }]);
    return { key, id };
  };

  describe('.bytes', () => {
    describe('.xclaim', () => {
      it('should resolve the entries with text IDs and Buffer values', async () => {
        const { key, id } = await pendingEntry('xclaim');
        expect(await context.service().bytes.xclaim(key, 'g', 'c2', 0, id)).toEqual([
          { id, fields: { f: nulBytes } },
        ]);
      });

      it('should resolve the IDs as text with justid', async () => {
        const { key, id } = await pendingEntry('xclaim-justid');
        expect(await context.service().bytes.xclaim(key, 'g', 'c2', 0, id, { justid: true })).toEqual([id]);
      });
    });

    describe('.xautoclaim', () => {
      it('should resolve next and the deleted IDs as text, the values as Buffers', async () => {
        const { key, id } = await pendingEntry('xautoclaim');
        expect(await context.service().bytes.xautoclaim(key, 'g', 'c2', 0, '0-0')).toEqual({
          next: '0-0',
          entries: [{ id, fields: { f: nulBytes } }],
          deleted: [],
        });
      });

      it('should resolve the claimed IDs as text with justid', async () => {
        const { key, id } = await pendingEntry('xautoclaim-justid');
        expect(await context.service().bytes.xautoclaim(key, 'g', 'c2', 0, '0-0', { justid: true })).toEqual({
          next: '0-0',
          ids: [id],
          deleted: [],
        });
      });
    });

    describe('.lcs', () => {
      const values = async (name: string): Promise<readonly [string, string]> => {
        const tag = context.hashTag(name);
        const [a, b] = [`${tag}:a`, `${tag}:b`] as const;
        await context.service().set(a, Buffer.concat([nulBytes, Buffer.from('x')]));
        await context.service().set(b, Buffer.concat([Buffer.from('y'), nulBytes]));
        return [a, b];
      };

      it('should resolve the common subsequence as the exact bytes', async () => {
        const [a, b] = await values('lcs');
        expect(await context.service().bytes.lcs(a, b)).toEqual(nulBytes);
      });

      it('should resolve its length as a number with len', async () => {
        const [a, b] = await values('lcs-len');
        expect(await context.service().bytes.lcs(a, b, { len: true })).toBe(nulBytes.length);
      });
    });

    describe('.geosearch', () => {
      const near = { from: { longitude: 15, latitude: 37 }, by: { radius: 200, unit: 'km' } } as const;
      const binaryMembers = async (name: string): Promise<string> => {
        const key = context.key(name);
        await context.service().call('GEOADD', key, 15.08, 37.5, nulBytes, 13.36, 38.12, rawBytes);
        return key;
      };

      it('should resolve the member names as stored', async () => {
        const key = await binaryMembers('geosearch');
        expect(await context.service().bytes.geosearch(key, { ...near, order: 'ASC' })).toEqual([
          nulBytes,
          rawBytes,
        ]);
      });

      it('should resolve Buffer members with number distances and coordinates', async () => {
        const key = await binaryMembers('geosearch-with');
        const [first] = await context.service().bytes.geosearch(key, {
          ...near,
          order: 'ASC',
          count: 1,
          withDist: true,
          withCoord: true,
        });
        expect(first).toEqual({
          member: nulBytes,
          distance: expect.any(Number) as number,
          coordinates: {
            longitude: expect.closeTo(15.08, 4) as number,
            latitude: expect.closeTo(37.5, 4) as number,
          },
        });
      });
    });
  });

  describe('having a key and a value of exactly ff 00 fe', () => {
    it('should write and read them back byte for byte', async () => {
      await context.service().set(nulBytes, nulBytes);
      expect(await context.service().bytes.get(nulBytes)).toEqual(nulBytes);
    });

    it('should read them back byte for byte in a pipeline, as a hash field value', async () => {
      const key = Buffer.concat([Buffer.from(context.key('nul-hash')), nulBytes]);
      await context.service().hset(key, new Map([[nulBytes, nulBytes]]));
      expect(await context.service().pipeline().bytes.hkeys(key).bytes.hvals(key).exec()).toEqual([
        { ok: true, value: [nulBytes] },
        { ok: true, value: [nulBytes] },
      ]);
    });
  });
}
