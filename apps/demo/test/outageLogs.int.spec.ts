// What the demo logs while its whole cluster is down for a few seconds: one warning per client set when
// it goes down and one line when it is back, not an error (with its stack) per reconnect attempt.
import { setTimeout as sleep } from 'node:timers/promises';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeList } from './support/demoEnv.js';
import { Launcher } from './support/Launcher.js';

describe('demo logs during a cluster outage', () => {
  let cluster: RedisClusterTopology;
  const launchers: Launcher[] = [];
  beforeAll(async () => {
    cluster = await startCluster({ replicasPerMaster: 0 });
  }, 60_000);
  afterEach(async () => {
    await Promise.all(launchers.splice(0).map((launcher) => launcher.kill()));
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it('should warn once per client set when every master is down, and say once when it is back', async () => {
    const launcher = new Launcher({
      REDIS_MODE: 'cluster',
      REDIS_CLUSTER_NODES: nodeList(cluster.startupNodes),
      LOG_LEVEL: 'info',
    });
    launchers.push(launcher);
    await launcher.ready(40_000);
    const masters = await cluster.masters();
    for (const master of masters) await cluster.killNode(master.id);
    // ioredis retries every ~200 ms: a few seconds are dozens of attempts per client.
    await sleep(6000);
    await Promise.all(masters.map((master) => cluster.restartNode(master.id)));
    await cluster.waitForClusterOk();
    await sleep(3000);
    const exit = await launcher.stop();
    const lines = exit.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: unknown });
    const warnings = lines.filter((line) => line.level >= 40).map((line) => line.msg);
    const back = lines
      .filter((line) => /back$/.test(line.msg))
      .map((line) => line.msg)
      .sort();
    expect([exit.code, warnings, back, lines.filter((line) => line.err !== undefined).length]).toStrictEqual([
      0,
      [
        'redis connection lost: reconnecting (commands fail or wait until it is back)',
        expect.stringMatching(/^Socket\.IO adapter lost its Redis connection, retrying: /),
      ],
      ['Socket.IO adapter: Redis connection back', 'redis connection back'],
      0,
    ]);
  }, 90_000);
});
