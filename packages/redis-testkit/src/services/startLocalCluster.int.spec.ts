import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster } from '../../test/connect.js';
import { parseInfo } from '@org/redis-core';
import type { FailoverResult, RedisClusterTopology } from '../models/RedisTopology.js';
import { startLocalCluster } from './startLocalCluster.js';

describe(startLocalCluster, () => {
  describe('having the defaults', () => {
    let cluster: RedisClusterTopology;

    beforeAll(async () => {
      cluster = await startLocalCluster();
    });
    afterAll(async () => {
      await cluster.stop();
    });

    it('should have 3 masters and 3 replicas', () => {
      expect(cluster.nodes.map((node) => node.role).sort()).toStrictEqual([
        'master',
        'master',
        'master',
        'replica',
        'replica',
        'replica',
      ]);
    });

    it('should give each master exactly one replica', () => {
      const masters = cluster.nodes.filter((node) => node.role === 'master').map((node) => node.clusterId);
      const replicasOf = cluster.nodes.flatMap((node) =>
        node.replicaOf === undefined ? [] : [node.replicaOf],
      );
      expect(replicasOf.sort()).toStrictEqual(masters.sort());
    });

    it('should cover all 16384 slots with cluster_state ok', async () => {
      const client = await connectCluster(cluster);
      try {
        const info = parseInfo(await client.cluster('INFO'));
        expect([info['cluster_state'], info['cluster_slots_ok']]).toStrictEqual(['ok', '16384']);
      } finally {
        client.disconnect();
      }
    });

    it('should never use the machine redis port', () => {
      expect(cluster.nodes.map((node) => node.port)).not.toContain(6379);
    });
  });

  describe('.pauseNode', () => {
    describe('having every master paused at once', () => {
      let cluster: Awaited<ReturnType<typeof startLocalCluster>>;
      let paused: string;

      beforeAll(async () => {
        cluster = await startLocalCluster({ masters: 3, replicasPerMaster: 0 });
        const masters = await cluster.masters();
        paused = await Promise.all(masters.map((master) => cluster.pauseNode(master.id))).then(
          () => 'paused',
          (error: unknown) => String(error),
        );
        await Promise.all(masters.map((master) => cluster.resumeNode(master.id)));
      }, 60_000);

      afterAll(async () => {
        await cluster.stop();
      });

      it('should pause them all without asking a stopped node', () => {
        expect(paused).toBe('paused');
      });
    });
  });

  describe('.waitForFailover', () => {
    describe('having killed a master', () => {
      let cluster: RedisClusterTopology;
      let result: FailoverResult;

      beforeAll(async () => {
        cluster = await startLocalCluster();
        const [master] = await cluster.masters();
        await cluster.killNode(master!.id);
        result = await cluster.waitForFailover();
        console.log(`[redis-testkit] failover of ${result.failed.id} took ${result.elapsedMs} ms`);
      });
      afterAll(async () => {
        await cluster.stop();
      });

      it('should promote a replica of the killed master', () => {
        expect(result.promoted.id).toBe(
          cluster.nodes.find((node) => node.replicaOf === result.failed.clusterId)?.id,
        );
      });

      it('should serve writes for every slot again', async () => {
        const client = await connectCluster(cluster);
        try {
          const keys = Array.from({ length: 50 }, (_, index) => `failover:${index}`);
          await Promise.all(keys.map((key) => client.set(key, 'v')));
          expect(await Promise.all(keys.map((key) => client.get(key)))).toStrictEqual(keys.map(() => 'v'));
        } finally {
          client.disconnect();
        }
      });

      it('should take the old master back as a replica after restart', async () => {
        await cluster.restartNode(result.failed.id);
        await cluster.waitForClusterOk();
        const nodes = await cluster.refreshNodes();
        expect(nodes.find((node) => node.id === result.failed.id)?.role).toBe('replica');
      });
    });

    describe('having no master killed', () => {
      it('should throw CLUSTER_NOT_READY', async () => {
        const cluster = await startLocalCluster({ masters: 3, replicasPerMaster: 0 });
        try {
          await expect(cluster.waitForFailover()).rejects.toMatchObject({ code: 'CLUSTER_NOT_READY' });
        } finally {
          await cluster.stop();
        }
      });
    });
  });
});
