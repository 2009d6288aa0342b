// PresenceTracker on its own, both modes: entries count until their heartbeat is older than the TTL,
// so the connections of an instance that died without cleaning up stop counting by themselves.
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisContainerModule } from '@org/redis-factory';
import { redisServiceIdentifier, type IRedisService } from '@org/redis-interface';
import { Container } from 'inversify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PresenceTracker } from '../src/services/PresenceTracker.js';
import { modes, redisEnv, unique } from './support/demoEnv.js';

const ttlMs = 600;

describe.each(modes)('PresenceTracker (%s)', (mode) => {
  let redisModule: RedisContainerModule;
  let presence: PresenceTracker;
  beforeAll(async () => {
    redisModule = RedisContainerModule.fromEnv(redisEnv(mode));
    const container = new Container();
    container.load(redisModule);
    presence = new PresenceTracker(await container.getAsync<IRedisService>(redisServiceIdentifier), ttlMs);
  });
  afterAll(async () => {
    await redisModule.shutdown();
  });

  describe('.count', () => {
    describe('having connections of several instances', () => {
      it('should count every connection and list each user once', async () => {
        const room = unique('room');
        await presence.add({ room, user: 'bob', connection: 'i1:s1' });
        await presence.add({ room, user: 'ada', connection: 'i2:s2' });
        await presence.add({ room, user: 'ada', connection: 'i2:s3' });
        expect(await presence.count(room)).toStrictEqual({ room, count: 3, users: ['ada', 'bob'] });
      });
    });

    describe('having a connection without heartbeat for longer than the TTL', () => {
      it('should not count it any more', async () => {
        const room = unique('room');
        await presence.add({ room, user: 'ada', connection: 'dead:s1' });
        await sleep(ttlMs + 100);
        expect((await presence.count(room)).count).toBe(0);
      });
    });

    describe('having a connection refreshed by heartbeats', () => {
      it('should keep counting it after the TTL', async () => {
        const room = unique('room');
        const entry = { room, user: 'ada', connection: 'alive:s1' };
        await presence.add(entry);
        for (let beat = 0; beat < 3; beat += 1) {
          await sleep(ttlMs / 2);
          await presence.refresh([entry]);
        }
        expect((await presence.count(room)).count).toBe(1);
      });
    });
  });

  describe('.remove', () => {
    it('should stop counting the connection at once', async () => {
      const room = unique('room');
      const entry = { room, user: 'ada', connection: 'i1:s1' };
      await presence.add(entry);
      await presence.remove(entry);
      expect((await presence.count(room)).count).toBe(0);
    });
  });
});
