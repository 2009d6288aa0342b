import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster, connectStandalone } from '../../test/connect.js';
import type { RedisClusterTopology, RedisStandaloneTopology } from '../models/RedisTopology.js';
import { seedMigrationDataset } from './seedMigrationDataset.js';
import { startLocalCluster } from './startLocalCluster.js';
import { startLocalStandalone } from './startLocalStandalone.js';

const spec = { keys: 10_000, mix: 'all-types', binaryFraction: 0.1, bigKeys: { elements: 1_200 } } as const;

describe(seedMigrationDataset, () => {
  describe('having an empty standalone server and 10k all-types keys', () => {
    let redis: RedisStandaloneTopology;
    let written: number;
    let dbsize: number;
    let types: string[];
    let pending: unknown;

    beforeAll(async () => {
      redis = await startLocalStandalone();
      written = (await seedMigrationDataset(redis, spec)).keys;
      const client = await connectStandalone(redis);
      try {
        dbsize = await client.dbsize();
        types = await Promise.all(
          ['mig:string:0', 'mig:hash:1', 'mig:list:3', 'mig:set:5', 'mig:zset:7', 'mig:stream:19'].map(
            (key) => client.type(key),
          ),
        );
        pending = await client.call('XPENDING', 'mig:big:stream:1200', 'g');
      } finally {
        client.disconnect();
      }
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('should return 10 005 keys (5 big keys)', () => {
      expect(written).toBe(10_005);
    });

    it('should leave DBSIZE equal to the returned count', () => {
      expect(dbsize).toBe(written);
    });

    it('should write every type', () => {
      expect(types).toStrictEqual(['string', 'hash', 'list', 'set', 'zset', 'stream']);
    });

    it('should leave entries of the big stream pending in group g', () => {
      expect((pending as unknown[])[0]).toBe(500);
    });
  });

  describe('having an empty 3-master cluster and 10k all-types keys', () => {
    let cluster: RedisClusterTopology;
    let written: number;
    let perMaster: number[];

    beforeAll(async () => {
      cluster = await startLocalCluster({ replicasPerMaster: 0 });
      written = (await seedMigrationDataset(cluster, spec)).keys;
      const client = await connectCluster(cluster);
      try {
        perMaster = await Promise.all(client.nodes('master').map((node) => node.dbsize()));
      } finally {
        client.disconnect();
      }
    });
    afterAll(async () => {
      await cluster.stop();
    });

    it('should leave the masters DBSIZE summing to the returned count', () => {
      expect(perMaster.reduce((sum, size) => sum + size, 0)).toBe(written);
    });

    it('should spread the keys over every master', () => {
      expect(perMaster.every((size) => size > 2_000)).toBe(true);
    });
  });
});
