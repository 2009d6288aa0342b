import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { RedisFactoryService } from '@org/redis-factory';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

describe('redis-migrate copy --db 2 --target-prefix db2:', () => {
  let source: RedisStandaloneTopology;
  let target: RedisClusterTopology;
  let sourceDb2: IRedisService;
  let targetService: IRedisService;
  let run: MigrateRun;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    const factory = new RedisFactoryService();
    sourceDb2 = await factory.connect(
      factory.create({ mode: 'standalone', host: source.host, port: source.port, db: 2 }),
      10_000,
    );
    targetService = await connectTo(target);
    await seedSmallDataset(sourceDb2, 600);
    const dir = await mkdtemp(join(tmpdir(), 'redis-migrate-prefix-'));
    run = await runMigrate([
      'copy',
      ...endpointArgs('source', source),
      ...endpointArgs('target', target),
      '--db',
      '2',
      '--target-prefix',
      'db2:',
      '--checkpoint',
      join(dir, 'prefix.json'),
      '--json',
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([sourceDb2.disconnect(), targetService.disconnect()]);
    await Promise.all([source.stop(), target.stop()]);
  });

  it('should copy database 2 only', () => {
    expect([run.exitCode, resultOf(run)['copied']]).toStrictEqual([0, 600]);
  });

  it('should write every key under the prefix', async () => {
    expect([await targetService.get('db2:seed:6'), await targetService.exists('seed:6')]).toStrictEqual([
      'value-6',
      0,
    ]);
  });
});
