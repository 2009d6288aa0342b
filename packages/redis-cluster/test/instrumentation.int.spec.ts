import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { randomUUID } from 'node:crypto';
import {
  redisDiagnosticsChannels,
  validateRedisConfig,
  type RedisClusterConfig,
  type RedisClusterEvent,
  type RedisCommandEvent,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { keySlot } from '@org/redis-core';
import { Redis } from 'ioredis';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Collect what is published on a channel while the suite runs. */
function record<E>(name: string, events: E[] = []): { events: E[]; stop: () => void } {
  const listener = (message: unknown): void => {
    events.push(message as E);
  };
  subscribe(name, listener);
  return { events, stop: () => unsubscribe(name, listener) };
}

describe('cluster driver instrumentation (diagnostics_channel)', () => {
  let cluster: RedisClusterTopology;
  let service: RedisClusterService;
  const commands = record<RedisCommandEvent>(redisDiagnosticsChannels.command);
  const clusterEvents = record<RedisClusterEvent>(redisDiagnosticsChannels.cluster);
  let recovered = false;
  /** The cluster events of this suite's client published while it connected. */
  let duringConnect: RedisClusterEvent[] = [];

  beforeAll(async () => {
    cluster = await startCluster();
    const config = validateRedisConfig({
      mode: 'cluster',
      nodes: cluster.startupNodes,
      connectionName: 'probe',
    }) as RedisClusterConfig;
    service = new RedisClusterService(config);
    const before = clusterEvents.events.length;
    await service.connect();
    duringConnect = clusterEvents.events.slice(before).filter((event) => event.client === 'probe');
    await service.mget(Array.from({ length: 20 }, (_, index) => `spread:${randomUUID()}:${index}`));
    // Move one empty slot to another master behind the client's back: its next command gets MOVED.
    let key = '';
    for (let index = 0; keySlot(key, '') !== 3_000 || key === ''; index += 1) key = `moved:${index}`;
    const owner = service.nativeClient().slots[3_000]?.[0];
    const masters = await cluster.masters();
    const target = masters.find((node) => node.id !== owner);
    // The new owner first: it bumps its config epoch, so the change wins in gossip.
    for (const node of [target, ...masters.filter((master) => master !== target)]) {
      if (node === undefined) continue;
      const admin = new Redis({ host: node.host, port: node.port });
      await admin.cluster('SETSLOT', 3_000, 'NODE', target?.clusterId ?? '');
      admin.disconnect();
    }
    await service.set(key, '1');
    const victim = (await cluster.masters()).find((node) => node.id !== owner && node.id !== target?.id);
    await cluster.killNode(victim!.id);
    await cluster.waitForFailover();
    for (let attempt = 0; attempt < 50 && !recovered; attempt += 1) {
      const keys = Array.from({ length: 30 }, (_, index) => `after:${index}`);
      const results = await Promise.allSettled(keys.map((key) => service.set(key, 'v')));
      recovered = results.every((result) => result.status === 'fulfilled');
      if (recovered) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);
  afterAll(async () => {
    commands.stop();
    clusterEvents.stop();
    await service.quit();
    await cluster.stop();
  });

  it('should publish one mget event for a split mget, with the number of slot groups', () => {
    const mget = commands.events.find((event) => event.command === 'mget' && event.client === 'probe');
    expect((mget?.splitInto ?? 0) > 1).toBe(true);
  });

  it('should publish a redirection when a MOVED reply is followed', () => {
    expect(clusterEvents.events.some((event) => event.event === 'redirection')).toBe(true);
  });

  it('should publish a failover when a replica takes over slots', () => {
    expect(clusterEvents.events.some((event) => event.event === 'failover')).toBe(true);
  });

  it('should write to every slot again after a MOVED and a failover (stale slot table recovered)', () => {
    expect(recovered).toBe(true);
  });

  // ioredis connects to every startup node, replicas included, then drops the replicas: not a change.
  it('should publish no node-added or node-removed while the client connects', () => {
    expect(cluster.startupNodes.length).toBeGreaterThan(3);
    expect(duringConnect.some((event) => event.event === 'slots-refresh')).toBe(true);
    expect(duringConnect.filter((event) => event.event.startsWith('node-'))).toEqual([]);
  });

  it('should publish slot refreshes', () => {
    expect(clusterEvents.events.some((event) => event.event === 'slots-refresh')).toBe(true);
  });
});
