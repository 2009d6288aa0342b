import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster, connectStandalone } from '../../test/connect.js';
import type { RedisStandaloneTopology } from '../models/RedisTopology.js';
import { startLocalCluster } from './startLocalCluster.js';
import { startLocalStandalone } from './startLocalStandalone.js';

describe('TLS and ACL servers', () => {
  describe('having a TLS standalone server', () => {
    let redis: RedisStandaloneTopology;

    beforeAll(async () => {
      redis = await startLocalStandalone({ tls: true });
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('should advertise a rediss:// url', () => {
      expect(redis.url).toMatch(/^rediss:\/\/127\.0\.0\.1:\d+$/);
    });

    it('should accept a TLS client trusting the generated CA', async () => {
      const client = await connectStandalone(redis);
      try {
        expect(await client.ping()).toBe('PONG');
      } finally {
        client.disconnect();
      }
    });

    it('should refuse plain TCP', async () => {
      const plain = { ...redis, tls: undefined } as unknown as RedisStandaloneTopology;
      await expect(connectStandalone(plain).then((client) => client.ping())).rejects.toThrow();
    });
  });

  describe('having a TLS cluster', () => {
    it('should form with every slot served over TLS', async () => {
      const cluster = await startLocalCluster({ tls: true, replicasPerMaster: 0 });
      try {
        const client = await connectCluster(cluster);
        await client.set('tls:{a}', '1');
        expect(await client.get('tls:{a}')).toBe('1');
        client.disconnect();
      } finally {
        await cluster.stop();
      }
    });
  });

  describe('having a password and a restricted ACL user', () => {
    let redis: RedisStandaloneTopology;

    beforeAll(async () => {
      redis = await startLocalStandalone({
        password: 'default-secret',
        users: [{ name: 'reader', password: 'reader-secret', rules: ['~app:*', '+get', '+ping'] }],
      });
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('should refuse a client without credentials with NOAUTH', async () => {
      // ioredis opens with HELLO 3, which an unauthenticated connection may not send.
      const errors: string[] = [];
      const client = new Redis({
        host: redis.host,
        port: redis.port,
        lazyConnect: true,
        retryStrategy: () => null,
      });
      client.on('error', (error: Error) => errors.push(error.message));
      await client.connect().catch(() => undefined);
      client.disconnect();
      expect(errors.join('\n')).toMatch(/NOAUTH/);
    });

    it('should let the restricted user read its keys', async () => {
      const client = await connectStandalone(redis, {
        username: 'reader',
        password: 'reader-secret',
        enableReadyCheck: false,
      });
      try {
        expect(await client.get('app:x')).toBeNull();
      } finally {
        client.disconnect();
      }
    });

    it('should deny the restricted user a write with NOPERM', async () => {
      const client = await connectStandalone(redis, {
        username: 'reader',
        password: 'reader-secret',
        enableReadyCheck: false,
      });
      try {
        await expect(client.set('app:x', '1')).rejects.toThrow(/NOPERM/);
      } finally {
        client.disconnect();
      }
    });
  });
});
