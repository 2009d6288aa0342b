import { describe, expect, it } from 'vitest';
import { connectCluster } from '../../test/connect.js';
import { Redis } from 'ioredis';
import { redisTestServers } from './redisTestServers.js';

describe('vitest global setup', () => {
  describe('.standalone', () => {
    it('should be a reachable server that is not the machine one on 6379', async () => {
      const { standalone } = redisTestServers();
      const client = new Redis({ host: standalone.host, port: standalone.port, lazyConnect: true });
      try {
        await client.connect();
        expect([standalone.port === 6379, await client.ping()]).toStrictEqual([false, 'PONG']);
      } finally {
        client.disconnect();
      }
    });
  });

  describe('.cluster', () => {
    it('should be a cluster with every slot served', async () => {
      const client = await connectCluster(redisTestServers().cluster);
      try {
        expect(await client.cluster('INFO')).toContain('cluster_slots_ok:16384');
      } finally {
        client.disconnect();
      }
    });
  });
});
