import {
  seedMigrationDataset,
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';

/** The dataset: 100,000 keys of every type, TTLs, binary keys and values, a big key of each collection type. */
const dataset = {
  keys: 100_000,
  mix: 'all-types',
  ttlFraction: 0.1,
  binaryFraction: 0.05,
  bigKeys: { elements: 20_000 },
} as const;

describe('redis-migrate copy and verify, having 100,000 keys of every type', () => {
  let standalone: RedisStandaloneTopology;
  let cluster: RedisClusterTopology;
  let back: RedisStandaloneTopology;
  let seeded: number;
  const runs: Record<string, MigrateRun> = {};

  beforeAll(async () => {
    [standalone, cluster, back] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
      startStandalone(),
    ]);
    seeded = (await seedMigrationDataset(standalone, dataset)).keys;
    const dir = await mkdtemp(join(tmpdir(), 'redis-migrate-large-'));
    const toCluster = [...endpointArgs('source', standalone), ...endpointArgs('target', cluster)];
    const toStandalone = [...endpointArgs('source', cluster), ...endpointArgs('target', back)];
    // Big keys (20,000 elements, about 1 MB) go element by element.
    const big = ['--big-key-bytes', '500000'];
    runs['copy to cluster'] = await runMigrate(
      ['copy', ...toCluster, ...big, '--checkpoint', join(dir, 'a.json'), '--json'],
      { timeoutMs: 300_000 },
    );
    runs['verify cluster'] = await runMigrate(['verify', ...toCluster, ...big, '--json'], {
      timeoutMs: 300_000,
    });
    runs['copy to standalone'] = await runMigrate(
      ['copy', ...toStandalone, ...big, '--checkpoint', join(dir, 'b.json'), '--json'],
      { timeoutMs: 300_000 },
    );
    runs['verify standalone'] = await runMigrate(['verify', ...toStandalone, ...big, '--json'], {
      timeoutMs: 300_000,
    });
  }, 900_000);
  afterAll(async () => {
    await Promise.all([standalone.stop(), cluster.stop(), back.stop()]);
  });

  for (const direction of ['cluster', 'standalone'] as const) {
    it(`should copy every key to the ${direction}, the big ones element by element`, () => {
      const run = runs[`copy to ${direction}`] as MigrateRun;
      expect([run.exitCode, resultOf(run)]).toMatchObject([0, { copied: seeded, bigKeys: 5, failed: 0 }]);
    });

    it(`should then pass verify on the ${direction} (values, types, TTLs within 2 s, no extra key)`, () => {
      const run = runs[`verify ${direction}`] as MigrateRun;
      expect([run.exitCode, resultOf(run)['ok']]).toStrictEqual([0, true]);
    });
  }
});
