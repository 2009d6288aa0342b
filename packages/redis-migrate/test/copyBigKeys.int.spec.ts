import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { dataDifferences } from './support/dataDifferences.js';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

describe('redis-migrate copy, having keys over --big-key-bytes', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let sourceService: IRedisService;
  let targetService: IRedisService;
  let run: MigrateRun;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    [sourceService, targetService] = await Promise.all([connectTo(source), connectTo(target)]);
    await seedSmallDataset(sourceService, 500);
    const fields = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, index) => [`f${index}`, `v${index}`]),
    );
    await sourceService.hset('big:hash', fields);
    await sourceService.rpush(
      'big:list',
      Array.from({ length: 20_000 }, (_, index) => `e${index}`),
    );
    await sourceService.pexpire('big:list', 3_600_000);
    const dir = await mkdtemp(join(tmpdir(), 'redis-migrate-big-'));
    run = await runMigrate([
      'copy',
      ...endpointArgs('source', source),
      ...endpointArgs('target', target),
      '--big-key-bytes',
      '100000',
      '--checkpoint',
      join(dir, 'big.json'),
      '--json',
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([sourceService.disconnect(), targetService.disconnect()]);
    await Promise.all([source.stop(), target.stop()]);
  });

  it('should copy the two big keys element by element', () => {
    expect([run.exitCode, resultOf(run)]).toMatchObject([0, { copied: 502, bigKeys: 2, failed: 0 }]);
  });

  it('should leave the same data on the target, TTLs included', async () => {
    expect(await dataDifferences(sourceService, targetService)).toStrictEqual([]);
  });
});
