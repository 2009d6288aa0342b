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
    // About 10 s at this rate, and the checkpoint is written every 2 s: the kill lands mid-way.
    const running = runMigrate([
      'copy',
      ...sides,
      '--max-ops-per-second',
      '2000',
      '--checkpoint',
      checkpoint,
      '--json',
    ]);
    const walked = await waitForCheckpointProgress(checkpoint);
    // Kill a master whose walk is still going: one already finished would fail over unnoticed.
    const master = Object.entries(walked)
      .filter(([, node]) => !node.done)
      .sort(([, a], [, b]) => a.copied - b.copied)[0]?.[0];
    if (master === undefined) throw new Error('every source master was walked before the kill');
    await source.killNode(master);
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
