import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, startStandalone, type RedisTopology } from '@org/redis-testkit';
import { RedisCache } from '@org/redis-cache';
import type { IRedisService } from '@org/redis-interface';
import { CacheEventLog, createService, modes, topologyConfig, uniqueName } from './cacheSetup.js';
import { AdminSocket, killSubscribersVia } from './AdminSocket.js';

const HEARTBEAT_MS = 500;

describe.each(modes)('[%s] RedisCache after its bus connection was killed', (mode) => {
  let topology: RedisTopology | undefined;
  let services: IRedisService[] = [];
  let a: RedisCache | undefined;
  let b: RedisCache | undefined;
  let log: CacheEventLog | undefined;
  const name = uniqueName('loss');

  beforeAll(async () => {
    const started = mode === 'cluster' ? await startCluster() : await startStandalone();
    topology = started;
    const serviceA = createService(topologyConfig(started, { connectionName: 'cache-a' }));
    const serviceB = createService(
      topologyConfig(started, {
        connectionName: 'cache-b',
        reconnectInitialDelayMs: 400,
        reconnectMaxDelayMs: 800,
      }),
    );
    services = [serviceA, serviceB];
    await Promise.all(services.map((service) => service.connect()));
    const cacheA = new RedisCache(serviceA, { name, ttlMs: 600_000, bus: { heartbeatMs: HEARTBEAT_MS } });
    const cacheB = new RedisCache(serviceB, { name, ttlMs: 600_000, bus: { heartbeatMs: HEARTBEAT_MS } });
    [a, b] = [cacheA, cacheB];
    await Promise.all([cacheA.start(), cacheB.start()]);
    log = new CacheEventLog(name);
  }, 120_000);

  afterAll(async () => {
    log?.close();
    await Promise.all([a?.close(), b?.close()]);
    await Promise.all(services.map((service) => service.quit()));
    await topology?.stop();
  }, 60_000);

  it('should stop serving L1 within a heartbeat of losing the bus and serve no stale value once it is back', async ({
    skip,
  }) => {
    if (topology === undefined || a === undefined || b === undefined || log === undefined)
      throw new Error('the setup did not finish');
    if (topology.backend !== 'local') skip(`the ${topology.backend} backend cannot kill connections here`);
    const [cacheA, cacheB, events] = [a, b, log];
    await cacheA.set('k', 'v1');
    // Once A's invalidation has reached B, B's read keeps the value in its L1 (one read earlier would not).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await cacheB.get('k');
    const l1Hits = events.count('hit', { tier: 'l1' });
    expect(await cacheB.get('k')).toBe('v1');
    expect(events.count('hit', { tier: 'l1' })).toBe(l1Hits + 1);
    // The servers refuse new connections while B's subscriber is killed: B's bus stays down, A's write
    // (on A's open connection) is published without B, and B gets its bus back only when allowed again.
    const admins = await Promise.all(topology.nodes.map((node) => AdminSocket.open(node.port)));
    for (const admin of admins) await admin.send('CONFIG', 'SET', 'maxclients', '1');
    let killed = 0;
    for (const admin of admins) killed += await killSubscribersVia(admin, 'cache-b');
    await cacheA.set('k', 'v2');
    const killedAt = performance.now();
    let staleForMs = 0;
    const outageEnds = killedAt + 2 * HEARTBEAT_MS;
    while (performance.now() < outageEnds) {
      if ((await cacheB.get('k')) === 'v1') staleForMs = performance.now() - killedAt;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const admin of admins) await admin.send('CONFIG', 'SET', 'maxclients', '10000');
    for (const admin of admins) admin.close();
    const restoredAt = performance.now();
    let freshAfterMs = Number.POSITIVE_INFINITY;
    while (performance.now() - restoredAt < 5_000) {
      if ((await cacheB.get('k')) === 'v2') {
        freshAfterMs = performance.now() - restoredAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const afterwards: unknown[] = [];
    for (let read = 0; read < 50; read += 1) {
      afterwards.push(await cacheB.get('k'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    console.log(
      `[${mode}] bus killed (${killed} connection(s)) and kept down ${2 * HEARTBEAT_MS} ms: B answered v1 for ${staleForMs.toFixed(0)} ms after the kill, then v2 ${freshAfterMs.toFixed(0)} ms after the servers took connections again; resyncs: gap ${events.count('resync', { reason: 'gap' })}, bus-down ${events.count('resync', { reason: 'bus-down' })}`,
    );
    expect({
      killed: killed > 0,
      resynced: events.count('resync') > 0,
      staleWithinHeartbeat: staleForMs < HEARTBEAT_MS + 100,
      freshInTime: freshAfterMs < 2 * HEARTBEAT_MS + 500,
      staleAfterwards: afterwards.filter((value) => value !== 'v2').length,
    }).toEqual({
      killed: true,
      resynced: true,
      staleWithinHeartbeat: true,
      freshInTime: true,
      staleAfterwards: 0,
    });
  }, 30_000);
});
