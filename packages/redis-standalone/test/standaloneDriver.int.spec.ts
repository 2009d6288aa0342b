import { randomUUID } from 'node:crypto';
import { RedisError, validateRedisConfig, type RedisStandaloneConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { redisTestServers, startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function configFor(input: Record<string, unknown>): RedisStandaloneConfig {
  return validateRedisConfig({ mode: 'standalone', ...input }) as RedisStandaloneConfig;
}

function shared(input: Record<string, unknown> = {}): RedisStandaloneConfig {
  const { host, port } = redisTestServers().standalone;
  return configFor({ host, port, keyPrefix: `standalone-driver:${randomUUID()}:`, ...input });
}

describe(RedisStandaloneService, () => {
  describe('.connect', () => {
    describe('having a cluster node as the server', () => {
      it('should fail with MODE_MISMATCH', async () => {
        const [node] = redisTestServers().cluster.startupNodes;
        const service = new RedisStandaloneService(configFor({ host: node!.host, port: node!.port }));
        await expect(service.connect()).rejects.toMatchObject({ code: 'MODE_MISMATCH' });
      });
    });

    describe('having no server on the port', () => {
      it('should fail with CONNECTION_FAILED', async () => {
        const service = new RedisStandaloneService(
          configFor({ host: '127.0.0.1', port: 1, connectTimeoutMs: 500 }),
        );
        await expect(service.connect()).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
      });
    });
  });

  describe('having strictCrossSlot', () => {
    let service: RedisStandaloneService;

    beforeAll(async () => {
      service = new RedisStandaloneService(shared({ strictCrossSlot: true }));
      await service.connect();
    });
    afterAll(async () => {
      await service.quit();
    });

    it('should reject a rename across slots with CROSS_SLOT', async () => {
      await expect(service.rename('a', 'b')).rejects.toSatisfy((error) => RedisError.is(error, 'CROSS_SLOT'));
    });

    it('should leave the source key in place after the rejection', async () => {
      await service.set('strict:a', '1');
      await service.rename('strict:a', 'strict:b').catch(() => undefined);
      expect(await service.get('strict:a')).toBe('1');
    });

    it('should still accept a multi-key mget across slots', async () => {
      expect(await service.mget(['x1', 'x2', 'x3'])).toStrictEqual([null, null, null]);
    });
  });

  describe('having a TLS server', () => {
    let server: RedisStandaloneTopology;

    beforeAll(async () => {
      server = await startStandalone({ tls: true });
    });
    afterAll(async () => {
      await server.stop();
    });

    it('should connect over TLS with the CA and run commands', async () => {
      const service = new RedisStandaloneService(
        configFor({
          host: server.host,
          port: server.port,
          tls: { ca: server.tls!.ca, servername: 'localhost' },
        }),
      );
      await service.connect();
      try {
        expect(await service.ping()).toBe('PONG');
      } finally {
        await service.quit();
      }
    });
  });

  describe('having an ACL user restricted to app:* keys and reads', () => {
    let server: RedisStandaloneTopology;
    let service: RedisStandaloneService;

    beforeAll(async () => {
      server = await startStandalone({
        users: [
          {
            name: 'reader',
            password: 'reader-secret',
            rules: ['~app:*', '+@read', '+@connection', '+info', '+client'],
          },
        ],
      });
      service = new RedisStandaloneService(
        configFor({ host: server.host, port: server.port, username: 'reader', password: 'reader-secret' }),
      );
      await service.connect();
    });
    afterAll(async () => {
      await service.quit();
      await server.stop();
    });

    it('should read an allowed key', async () => {
      expect(await service.get('app:1')).toBeNull();
    });

    it('should reject a write with NO_PERMISSION', async () => {
      await expect(service.set('app:1', 'x')).rejects.toMatchObject({ code: 'NO_PERMISSION' });
    });

    it('should not reveal the password in the error', async () => {
      const error: unknown = await service.set('app:1', 'x').catch((caught: unknown) => caught);
      expect((error as Error).message).not.toContain('reader-secret');
    });
  });

  describe('having a wrong password', () => {
    it('should fail to connect with AUTH_FAILED, without the password in the message', async () => {
      const server = await startStandalone({ password: 'right-secret' });
      try {
        const service = new RedisStandaloneService(
          configFor({ host: server.host, port: server.port, password: 'wrong-secret' }),
        );
        const error: unknown = await service.connect().catch((caught: unknown) => caught);
        expect([(error as RedisError).code, (error as Error).message.includes('wrong-secret')]).toStrictEqual(
          ['AUTH_FAILED', false],
        );
      } finally {
        await server.stop();
      }
    });
  });
});
