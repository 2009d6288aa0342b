import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { subscriberConnection } from './IoredisSubscriber.js';

describe(subscriberConnection, () => {
  describe('having the same ioredis client twice', () => {
    it('should give the same object (core wires its listeners once per connection)', () => {
      const redis = new Redis({ lazyConnect: true });
      expect(subscriberConnection(redis)).toBe(subscriberConnection(redis));
    });
  });

  describe('having ioredis deliver a message, a pattern message and a shard message', () => {
    it('should report each with its kind, the name subscribed to and the channel', () => {
      const redis = new Redis({ lazyConnect: true });
      const delivered: string[][] = [];
      subscriberConnection(redis).onMessage((...args) => delivered.push(args));
      redis.emit('message', 'news', 'hello');
      redis.emit('pmessage', 'news.*', 'news.eu', 'bonjour');
      redis.emit('smessage', 'app:orders', 'order 1');
      expect(delivered).toStrictEqual([
        ['channel', 'news', 'news', 'hello'],
        ['pattern', 'news.*', 'news.eu', 'bonjour'],
        ['shard-channel', 'app:orders', 'app:orders', 'order 1'],
      ]);
    });
  });
});
