import { describe, expectTypeOf, it } from 'vitest';
import type { RedisKeyInput } from './RedisKeys.js';
import type { StreamReadResult } from './commands/StreamTypes.js';
import type { IRedisService } from './service/IRedisService.js';

declare const redis: IRedisService;
const raw = Buffer.from([0xff, 0x00, 0xfe]);

describe('IRedisService', () => {
  describe('.mset', () => {
    it('should take [key, value] tuples and a Map with Buffer keys', () => {
      expectTypeOf(redis.mset).toBeCallableWith([
        [raw, 'v'],
        ['text', 1],
      ]);
      expectTypeOf(redis.msetnx).toBeCallableWith(new Map<RedisKeyInput, string>([[raw, 'v']]));
    });

    it('should not take a tuple with a number key', () => {
      // @ts-expect-error -- 1 and '1' would be the same key by accident
      void redis.mset([[1, 'v']]);
    });
  });

  describe('.transaction', () => {
    it('should watch Buffer keys and hand them to fn as given', () => {
      void redis.transaction([raw, 'text'], (tx) => {
        expectTypeOf(tx.keys).toEqualTypeOf<readonly RedisKeyInput[]>();
      });
    });
  });

  describe('.xread', () => {
    it('should keep string keys as strings in the results', () => {
      expectTypeOf(redis.xread([{ key: 'a', id: '0' }])).resolves.toEqualTypeOf<StreamReadResult[]>();
    });

    it('should give back Buffer keys with Buffer keys given', () => {
      expectTypeOf(redis.xread([{ key: raw, id: '0' }])).resolves.toEqualTypeOf<
        StreamReadResult<RedisKeyInput>[]
      >();
      expectTypeOf(redis.xreadgroup('g', 'c', [{ key: raw, id: '>' }])).resolves.toEqualTypeOf<
        StreamReadResult<RedisKeyInput>[]
      >();
    });
  });
});
