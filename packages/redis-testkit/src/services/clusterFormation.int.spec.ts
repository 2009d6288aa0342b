import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClusterTopology } from '../models/RedisTopology.js';
import { formationReadiness } from './clusterFormation.js';
import { startLocalCluster } from './startLocalCluster.js';

describe(formationReadiness, () => {
  describe('having a master replaced by its replica after the planned roles were set', () => {
    let cluster: RedisClusterTopology;

    beforeAll(async () => {
      cluster = await startLocalCluster({ masters: 3, replicasPerMaster: 1 });
      const [master] = await cluster.masters();
      await cluster.pauseNode(master!.id);
      await cluster.waitForFailover();
      await cluster.resumeNode(master!.id);
      await cluster.waitForClusterOk();
    }, 60_000);
    afterAll(async () => {
      await cluster.stop();
    });

    it('should count the roles, not compare them with the plan', async () => {
      await expect(formationReadiness(cluster.startupNodes, 3, 3)).resolves.toBe(true);
    });

    it('should say what it sees when the counts differ', async () => {
      await expect(formationReadiness(cluster.startupNodes, 3, 4)).resolves.toMatch(
        /sees 3 master\(s\) with slots and 3 replica\(s\)/,
      );
    });
  });
});
