import { describe, expectTypeOf, it } from 'vitest';
import type { IRedisService } from '../service/IRedisService.js';

declare const redis: IRedisService;

describe('IRedisBytesView', () => {
  describe('.blpop', () => {
    it('should keep the key as text and read the element as a Buffer', () => {
      expectTypeOf(redis.bytes.blpop('l', 1)).resolves.toEqualTypeOf<
        readonly [key: string, value: Buffer] | null
      >();
      expectTypeOf(redis.bytes.brpop(['a', 'b'], 1)).resolves.toEqualTypeOf<
        readonly [key: string, value: Buffer] | null
      >();
    });
  });

  describe('.xclaim', () => {
    it('should read field values as Buffers and keep IDs as text', () => {
      expectTypeOf(redis.bytes.xclaim('s', 'g', 'c', 0, '1-0')).resolves.toEqualTypeOf<
        { readonly id: string; readonly fields: Readonly<Record<string, Buffer>> }[] | string[]
      >();
    });
  });

  describe('.xautoclaim', () => {
    it('should keep next, ids and deleted as text', () => {
      expectTypeOf(redis.bytes.xautoclaim('s', 'g', 'c', 0, '0-0')).resolves.toEqualTypeOf<
        | {
            readonly next: string;
            readonly entries: readonly {
              readonly id: string;
              readonly fields: Readonly<Record<string, Buffer>>;
            }[];
            readonly deleted: readonly string[];
          }
        | { readonly next: string; readonly ids: readonly string[]; readonly deleted: readonly string[] }
      >();
    });
  });

  describe('.lcs', () => {
    it('should read the subsequence as a Buffer, lengths as numbers', () => {
      expectTypeOf(redis.bytes.lcs('a', 'b')).resolves.toEqualTypeOf<
        | Buffer
        | number
        | {
            readonly matches: readonly {
              readonly key1: readonly [start: number, end: number];
              readonly key2: readonly [start: number, end: number];
              readonly length?: number;
            }[];
            readonly length: number;
          }
      >();
    });
  });

  describe('.geosearch', () => {
    it('should read member names as Buffers, distances and coordinates as numbers', () => {
      const area = { from: { longitude: 0, latitude: 0 }, by: { radius: 1, unit: 'km' } } as const;
      expectTypeOf(redis.bytes.geosearch('g', area)).resolves.toEqualTypeOf<
        | Buffer[]
        | {
            readonly member: Buffer;
            readonly distance?: number;
            readonly hash?: number;
            readonly coordinates?: { readonly longitude: number; readonly latitude: number };
          }[]
      >();
    });
  });
});
