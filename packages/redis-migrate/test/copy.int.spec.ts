import type { IRedisService } from '@org/redis-interface';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { dataDifferences } from './support/dataDifferences.js';
import { endpointArgs, resultOf, runMigrate, type MigrateRun } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

const keyCount = 3_000;

describe('redis-migrate copy', () => {
  let standalone: RedisStandaloneTopology;
  let cluster: RedisClusterTopology;
  let standaloneService: IRedisService;
  let clusterService: IRedisService;
  let dir: string;

  beforeAll(async () => {
    [standalone, cluster] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    [standaloneService, clusterService] = await Promise.all([connectTo(standalone), connectTo(cluster)]);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-copy-'));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([standaloneService.disconnect(), clusterService.disconnect()]);
    await Promise.all([standalone.stop(), cluster.stop()]);
  });

  describe('having every type, TTLs and binary keys on a standalone source, to a cluster', () => {
    let run: MigrateRun;

    beforeAll(async () => {
      await seedSmallDataset(standaloneService, keyCount);
      run = await runMigrate([
        'copy',
        ...endpointArgs('source', standalone),
        ...endpointArgs('target', cluster),
        '--checkpoint',
        join(dir, 'to-cluster.json'),
        '--json',
      ]);
    }, 120_000);

    it('should exit 0 with every key counted as copied', () => {
      expect([run.exitCode, resultOf(run)]).toMatchObject([
        0,
        { ok: true, scanned: keyCount, copied: keyCount, failed: 0 },
      ]);
    });

    it('should leave the same data on the target, TTLs within 2 s', async () => {
      expect(await dataDifferences(standaloneService, clusterService)).toStrictEqual([]);
    });

    it('should mark the checkpoint done, with the finishing time', async () => {
      const checkpoint = JSON.parse(await readFile(join(dir, 'to-cluster.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect([checkpoint['status'], typeof checkpoint['finishedAt']]).toStrictEqual(['done', 'string']);
    });

    describe('and copying it back from the cluster to an empty standalone', () => {
      let back: RedisStandaloneTopology;
      let backService: IRedisService;
      let backRun: MigrateRun;

      beforeAll(async () => {
        back = await startStandalone();
        backService = await connectTo(back);
        backRun = await runMigrate([
          'copy',
          ...endpointArgs('source', cluster),
          ...endpointArgs('target', back),
          '--checkpoint',
          join(dir, 'to-standalone.json'),
          '--json',
        ]);
      }, 120_000);
      afterAll(async () => {
        await backService.disconnect();
        await back.stop();
      });

      it('should copy every key', () => {
        expect([backRun.exitCode, resultOf(backRun)['copied']]).toStrictEqual([0, keyCount]);
      });

      it('should leave the same data as the cluster', async () => {
        expect(await dataDifferences(clusterService, backService)).toStrictEqual([]);
      });
    });

    describe('and copying again onto the now full target', () => {
      it('should refuse with TARGET_NOT_EMPTY (exit 15) before writing', async () => {
        const again = await runMigrate([
          'copy',
          ...endpointArgs('source', standalone),
          ...endpointArgs('target', cluster),
          '--checkpoint',
          join(dir, 'again.json'),
        ]);
        expect([again.exitCode, again.stderr]).toStrictEqual([
          15,
          expect.stringContaining(`holds ${keyCount} keys`),
        ]);
      });

      it('should skip every key with --on-existing skip', async () => {
        const skip = await runMigrate([
          'copy',
          ...endpointArgs('source', standalone),
          ...endpointArgs('target', cluster),
          '--on-existing',
          'skip',
          '--checkpoint',
          join(dir, 'skip.json'),
          '--json',
        ]);
        expect(resultOf(skip)).toMatchObject({ copied: 0, skippedExisting: keyCount });
      });
    });
  });
});
