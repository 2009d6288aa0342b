import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { keySlot } from '@org/redis-core';
import {
  redisDiagnosticsChannels,
  validateRedisConfig,
  type RedisClusterConfig,
  type RedisClusterEvent,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type RedisClusterTopology, type RedisNodeInfo } from '@org/redis-testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySlotOf, keyInSlot, moveSlot, waitForSlotOwner } from './slotMoves.js';

describe('cluster batches sent as one pipeline per master', () => {
  let cluster: RedisClusterTopology;
  let service: RedisClusterService;
  let clusterConfig: RedisClusterConfig;
  const redirections: RedisClusterEvent[] = [];
  const onCluster = (event: unknown): void => {
    if ((event as RedisClusterEvent).event === 'redirection') redirections.push(event as RedisClusterEvent);
  };

  beforeAll(async () => {
    cluster = await startCluster({ masters: 3, replicasPerMaster: 0 });
    const config = validateRedisConfig({ mode: 'cluster', nodes: cluster.startupNodes, keyPrefix: 'app:' });
    clusterConfig = config as RedisClusterConfig;
    service = new RedisClusterService(clusterConfig);
    await service.connect();
    subscribe(redisDiagnosticsChannels.cluster, onCluster);
  }, 60_000);
  afterAll(async () => {
    unsubscribe(redisDiagnosticsChannels.cluster, onCluster);
    await service.quit();
    await cluster.stop();
  });

  describe('having 300 keys over every master and a key prefix', () => {
    const keys = Array.from({ length: 300 }, (_, index) => `spread:${index}`);

    it('should write with MSET and read back with MGET in the caller order, prefixed on the server', async () => {
      await service.mset(Object.fromEntries(keys.map((key, index) => [key, `v${index}`])));
      const values = await service.mget(keys);
      const direct = await service.nativeClient().nodes('master')[0]?.keys('*');
      expect([values, direct?.every((key) => key.startsWith('app:spread:'))]).toStrictEqual([
        keys.map((_, index) => `v${index}`),
        true,
      ]);
    });

    it('should return every pipeline result in order, with the failing one in place', async () => {
      const pipeline = service.pipeline();
      keys.forEach((key) => pipeline.incr(key));
      const results = await pipeline.exec();
      expect([results.length, results.filter((result) => result.ok).length, results[0]?.ok]).toStrictEqual([
        300,
        0,
        false,
      ]);
    });
  });

  describe('having slots moved to another master behind the client', () => {
    let moved: { pipelineKey: string; mgetKey: string; target: RedisNodeInfo };

    beforeAll(async () => {
      const masters = await cluster.masters();
      const [first, second] = masters;
      if (first === undefined || second === undefined) throw new Error('expected 3 masters');
      const pipelineSlot = emptySlotOf(service, first.id, []);
      const mgetSlot = emptySlotOf(service, first.id, [pipelineSlot]);
      moved = {
        pipelineKey: keyInSlot(pipelineSlot, 'pipe:'),
        mgetKey: keyInSlot(mgetSlot, 'mget:'),
        target: second,
      };
      await moveSlot(masters, second, pipelineSlot);
      await moveSlot(masters, second, mgetSlot);
      await waitForSlotOwner(masters, pipelineSlot, second);
      await waitForSlotOwner(masters, mgetSlot, second);
      // The client's slot table still names the old owner: its next batch there gets MOVED.
      const admin = new Redis({ host: second.host, port: second.port });
      await admin.set(`app:${moved.mgetKey}`, 'on-new-owner');
      admin.disconnect();
    }, 30_000);

    it('should resend a refused pipeline command through the cluster client and report the redirection', async () => {
      const pipeline = service.pipeline();
      pipeline.set(moved.pipelineKey, 'after-move');
      for (let index = 0; index < 50; index += 1) pipeline.set(`other:${index}`, 'x');
      const results = await pipeline.exec();
      expect([
        results.every((result) => result.ok),
        await service.get(moved.pipelineKey),
        redirections.length > 0,
      ]).toStrictEqual([true, 'after-move', true]);
    });

    it('should read a key from its new owner within a split MGET', async () => {
      const values = await service.mget(['spread:1', moved.mgetKey, 'spread:2']);
      expect(values).toStrictEqual(['v1', 'on-new-owner', 'v2']);
    });
  });

  describe('having reads scaled to replicas (every command routed by the cluster client)', () => {
    it('should run a pipeline of Buffer keys that are not UTF-8, each on the node of its bytes', async () => {
      const routed = new RedisClusterService({ ...clusterConfig, scaleReads: 'all' });
      await routed.connect();
      try {
        const keys = Array.from({ length: 40 }, (_, index) => Buffer.from([0x62, 0xff, index, 0xfe]));
        const writes = routed.pipeline();
        keys.forEach((key, index) => writes.set(key, `v${index}`));
        const reads = routed.pipeline();
        keys.forEach((key) => reads.get(key));
        const written = await writes.exec();
        const read = await reads.exec();
        expect([
          written.every((result) => result.ok),
          read.map((result) => result.ok && result.value),
        ]).toEqual([true, keys.map((_, index) => `v${index}`)]);
      } finally {
        await routed.quit();
      }
    });
  });

  describe('having a Buffer key that is not UTF-8', () => {
    it('should name the master of the slot of its bytes (WAIT goes there), not of its text', () => {
      const topology = (service as unknown as { topology: { nodeFor(key: Buffer): string | undefined } })
        .topology;
      const owner = (key: Buffer | string): string | undefined =>
        service.nativeClient().slots[keySlot(key, 'app:')]?.[0];
      // A key whose bytes and whose UTF-8 text hash to slots of different masters.
      const key = Array.from({ length: 64 }, (_, index) => Buffer.from([0x62, 0xff, index])).find(
        (candidate) => owner(candidate) !== owner(candidate.toString()),
      );
      if (key === undefined) throw new Error('no key whose bytes and text have different masters');
      expect(topology.nodeFor(key)).toBe(owner(key));
    });
  });

  describe('having a split DEL with one key whose slot moved behind the client', () => {
    it('should resend only the refused key and count every key once', async () => {
      const masters = await cluster.masters();
      const [first, , third] = masters;
      if (first === undefined || third === undefined) throw new Error('expected 3 masters');
      const slot = emptySlotOf(service, first.id, []);
      const movedKey = keyInSlot(slot, 'del:');
      await moveSlot(masters, third, slot);
      await waitForSlotOwner(masters, slot, third);
      const admin = new Redis({ host: third.host, port: third.port });
      await admin.set(`app:${movedKey}`, 'on-new-owner');
      admin.disconnect();
      await service.mset({ 'gone:1': 'a', 'gone:2': 'b', 'gone:3': 'c' });
      const redirectionsBefore = redirections.length;
      const removed = await service.del(['gone:1', movedKey, 'gone:2', 'gone:3']);
      expect([
        removed,
        await service.exists(['gone:1', movedKey, 'gone:2', 'gone:3']),
        redirections.length > redirectionsBefore,
      ]).toStrictEqual([4, 0, true]);
    }, 30_000);
  });
});
