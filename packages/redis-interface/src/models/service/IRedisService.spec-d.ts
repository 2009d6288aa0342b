import { describe, expectTypeOf, it } from 'vitest';
import type { RedisError } from '../errors/RedisError.js';
import type { PipelineResult } from '../pipeline/PipelineResult.js';
import type { IRedisService } from './IRedisService.js';

declare class NativeClient {
  private readonly native: true;
}

declare const redis: IRedisService<NativeClient>;

describe('IRedisService', () => {
  describe('.nativeClient', () => {
    it('should return the driver client type', () => {
      expectTypeOf(redis.nativeClient()).toEqualTypeOf<NativeClient>();
    });
  });

  describe('.pipeline', () => {
    it('should chain and resolve to results in order', () => {
      expectTypeOf(redis.pipeline().set('a', 1).incr('a').hgetall('h').exec()).resolves.toEqualTypeOf<
        PipelineResult[]
      >();
    });

    it('should narrow a result on ok', () => {
      expectTypeOf<Extract<PipelineResult<number>, { ok: false }>['error']>().toEqualTypeOf<RedisError>();
    });
  });

  describe('.transaction', () => {
    it('should resolve to the function value and the EXEC results', async () => {
      const result = await redis.transaction(['{a}:1'], async (tx) => {
        const current = await tx.read.get('{a}:1');
        tx.set('{a}:1', Number(current) + 1);
        return current;
      });
      expectTypeOf(result.value).toEqualTypeOf<string | null>();
    });
  });

  describe('.defineScript', () => {
    it('should type the arguments and the result', () => {
      const script = redis.defineScript<[amount: number], number>({
        name: 'debit',
        lua: 'return 1',
        keys: ['account'],
      });
      expectTypeOf(script.run(['{a}:1'], [10])).resolves.toEqualTypeOf<number>();
    });
  });

  describe('.blpop', () => {
    it('should resolve to the key and value, or null', () => {
      expectTypeOf(redis.blpop(['q'], 5)).resolves.toEqualTypeOf<
        readonly [key: string, value: string] | null
      >();
    });
  });

  describe('.scan', () => {
    it('should be an async iterable of keys', () => {
      expectTypeOf(redis.scan({ match: 'user:*', type: 'hash' })).toEqualTypeOf<AsyncIterable<string>>();
    });
  });

  describe('.flushdb', () => {
    it('should require the confirmation', () => {
      // @ts-expect-error -- the confirmation is required
      void redis.flushdb({});
      expectTypeOf(redis.flushdb).parameter(0).toHaveProperty('confirm').toEqualTypeOf<'FLUSHDB'>();
    });
  });
});
