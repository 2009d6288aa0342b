import { validateRedisConfig, type RedisStandaloneConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe(RedisStandaloneService, () => {
  describe('.connect', () => {
    describe('having an ACL user allowed GET on allowed:* only (no INFO, no PING)', () => {
      let server: RedisStandaloneTopology;
      let service: RedisStandaloneService;

      beforeAll(async () => {
        server = await startStandalone({
          users: [{ name: 'getter', password: 'getter-secret', rules: ['+get', '~allowed:*'] }],
        });
        service = new RedisStandaloneService(
          validateRedisConfig({
            mode: 'standalone',
            host: server.host,
            port: server.port,
            username: 'getter',
            password: 'getter-secret',
            connectTimeoutMs: 2_000,
          }) as RedisStandaloneConfig,
        );
        await service.connect().catch(() => undefined);
      });
      afterAll(async () => {
        await service.disconnect();
        await server.stop();
      });

      it('should connect and read an allowed key', async () => {
        expect(await service.get('allowed:x')).toBeNull();
      });
    });
  });
});
