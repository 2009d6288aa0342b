import { describe, expectTypeOf, it } from 'vitest';
import type { ScoredMember } from '../commands/SortedSetTypes.js';
import type { IRedisPipeline } from '../pipeline/IRedisPipeline.js';
import type { RedisKeyInput } from '../RedisKeys.js';
import type { IRedisService } from '../service/IRedisService.js';
import type { RedisBytes } from './RedisBytes.js';

declare const redis: IRedisService;

describe('IRedisBytesView', () => {
  describe('.get', () => {
    it('should resolve to a Buffer or null', () => {
      expectTypeOf(redis.bytes.get('k')).resolves.toEqualTypeOf<Buffer | null>();
    });
  });

  describe('.mget', () => {
    it('should resolve to a Buffer or null per key', () => {
      expectTypeOf(redis.bytes.mget(['a', 'b'])).resolves.toEqualTypeOf<(Buffer | null)[]>();
    });
  });

  describe('.hgetall', () => {
    it('should keep the field names as text', () => {
      expectTypeOf(redis.bytes.hgetall('h')).resolves.toEqualTypeOf<Record<string, Buffer>>();
    });
  });

  describe('.lpop', () => {
    it('should have the general signature', () => {
      expectTypeOf(redis.bytes.lpop('l', 2)).resolves.toEqualTypeOf<Buffer | null | Buffer[]>();
    });
  });

  describe('.zrangeWithScores', () => {
    it('should read members as Buffers and scores as numbers', () => {
      expectTypeOf(redis.bytes.zrangeWithScores('z', 0, -1)).resolves.toEqualTypeOf<
        { readonly member: Buffer; readonly score: number }[]
      >();
    });
  });

  describe('.lmpop', () => {
    it('should keep the key as text', () => {
      expectTypeOf(redis.bytes.lmpop(['a'], 'LEFT')).resolves.toEqualTypeOf<{
        readonly key: string;
        readonly elements: Buffer[];
      } | null>();
    });
  });

  describe('.xrange', () => {
    it('should keep IDs and field names as text', () => {
      expectTypeOf(redis.bytes.xrange('s')).resolves.toEqualTypeOf<
        { readonly id: string; readonly fields: Readonly<Record<string, Buffer>> }[]
      >();
    });
  });

  describe('.call', () => {
    it('should take the expected reply type', () => {
      expectTypeOf(redis.bytes.call<Buffer>('GET', 'k')).resolves.toEqualTypeOf<Buffer>();
    });
  });

  describe('having a member with no bulk string', () => {
    it('should not have it', () => {
      // INCR answers a number: there is nothing to read as bytes.
      expectTypeOf(redis.bytes).not.toHaveProperty('incr');
    });
  });
});

describe('IRedisService', () => {
  describe('having a Buffer key', () => {
    it('should accept it where a key is expected', () => {
      expectTypeOf(redis.get).toBeCallableWith(Buffer.from([0xff]));
      expectTypeOf(redis.bytes.get).toBeCallableWith(Buffer.from([0xff]));
      expectTypeOf(redis.mget).toBeCallableWith([Buffer.from([0xff]), 'text']);
      expectTypeOf(redis.del).toBeCallableWith(Buffer.from([0xff]));
    });
  });

  describe('having a number key', () => {
    it('should not compile', () => {
      // @ts-expect-error -- 1 and '1' would be the same key by accident
      void redis.get(1);
      expectTypeOf<RedisKeyInput>().toEqualTypeOf<string | Buffer>();
    });
  });
});

describe('RedisBytes', () => {
  describe('having a status literal', () => {
    it('should be a Buffer', () => {
      expectTypeOf<RedisBytes<'OK' | null>>().toEqualTypeOf<Buffer | null>();
    });
  });

  describe('having unknown', () => {
    it('should stay unknown', () => {
      expectTypeOf<RedisBytes<unknown>>().toEqualTypeOf<unknown>();
    });
  });

  describe('having an object', () => {
    it('should map its text properties', () => {
      expectTypeOf<RedisBytes<ScoredMember>>().toEqualTypeOf<{
        readonly member: Buffer;
        readonly score: number;
      }>();
    });
  });
});

describe('IRedisPipeline', () => {
  describe('.bytes', () => {
    it('should queue and return the pipeline', () => {
      expectTypeOf<IRedisPipeline['bytes']['get']>().returns.toEqualTypeOf<IRedisPipeline>();
    });
  });
});
