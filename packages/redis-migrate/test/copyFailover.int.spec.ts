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
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';
import { waitForCheckpointProgress } from './support/waitForCheckpointProgress.js';

const keyCount = 20_000;

describe('redis-migrate copy, having a source master fail over in the middle', () => {
  let source: RedisClusterTopology;
  let target: RedisStandaloneTopology;
  let sourceService: IRedisService;
  let copy: MigrateRun;
  let verify: MigrateRun;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startCluster({ masters: 3, replicasPerMaster: 1 }),
      startStandalone(),
    ]);
    sourceService = await connectTo(source);
    await seedSmallDataset(sourceService, keyCount);
    const dir = await mkdtemp(join(tmpdir(), 'redis-migrate-failover-'));
    const checkpoint = join(dir, 'failover.json');
    const sides = [...endpointArgs('source', source), ...endpointArgs('target', target)];
    // About 5 s at this rate: the kill lands in the middle.
    const running = runMigrate([
      'copy',
      ...sides,
      '--max-ops-per-second',
      '4000',
      '--checkpoint',
      checkpoint,
      '--json',
    ]);
    await waitForCheckpointProgress(checkpoint);
    const [master] = await source.masters();
    await source.killNode(master!.id);
    copy = await running;
    await source.waitForFailover();
    verify = await runMigrate(['verify', ...sides, '--json']);
  }, 180_000);
  afterAll(async () => {
    await sourceService.disconnect();
    await Promise.all([source.stop(), target.stop()]);
  });

  it('should finish the copy through the failover (exit 0, no key failed)', () => {
    expect([copy.exitCode, resultOf(copy)['failed'], copy.stdout]).toStrictEqual([
      0,
      0,
      expect.stringContaining('is no longer a master'),
    ]);
  });

  it('should leave a target that passes verify', () => {
    expect([verify.exitCode, resultOf(verify)['ok'], verify.stdout.slice(-1500)]).toStrictEqual([
      0,
      true,
      expect.any(String),
    ]);
  });
});
