import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { redisServiceIdentifier, redisServiceIdentifierFor, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule } from '@org/redis-factory';
import { redisTestServers } from '@org/redis-testkit';
import { Container } from 'inversify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function nodesOf(): string {
  return redisTestServers()
    .cluster.startupNodes.map((node) => `${node.host}:${node.port}`)
    .join(',');
}

describe('RedisContainerModule lifecycle', () => {
  describe('having a default standalone client and a named cluster client', () => {
    let module: RedisContainerModule;
    let container: Container;

    beforeAll(() => {
      module = RedisContainerModule.fromEnv(
        {
          REDIS_URL: redisTestServers().standalone.url,
          QUEUE_MODE: 'cluster',
          QUEUE_CLUSTER_NODES: nodesOf(),
        },
        { clients: ['queue'] },
      );
      container = new Container();
      container.load(module);
    });
    afterAll(async () => {
      await module.shutdown();
    });

    it('should hand out a connected client on first resolution', async () => {
      expect(await (await container.getAsync<IRedisService>(redisServiceIdentifier)).ping()).toBe('PONG');
    });

    it('should return the same instance every time (singleton)', async () => {
      const first = await container.getAsync<IRedisService>(redisServiceIdentifier);
      expect(await container.getAsync<IRedisService>(redisServiceIdentifier)).toBe(first);
    });

    it('should resolve the named client in its own mode', async () => {
      expect((await container.getAsync<IRedisService>(redisServiceIdentifierFor('queue'))).mode).toBe(
        'cluster',
      );
    });

    it('should resolve synchronously after connect()', async () => {
      await module.connect();
      expect(container.get<IRedisService>(redisServiceIdentifierFor('queue')).mode).toBe('cluster');
    });

    it('should report health of every client, all up', async () => {
      await module.connect();
      const health = await module.health();
      expect([health.status, Object.keys(health.clients).sort()]).toStrictEqual(['up', ['default', 'queue']]);
    });
  });

  describe('having module.connect() awaited before any resolution', () => {
    it('should resolve the default client synchronously with container.get', async () => {
      const module = RedisContainerModule.fromEnv({ REDIS_URL: redisTestServers().standalone.url });
      const container = new Container();
      container.load(module);
      try {
        await module.connect();
        expect(await container.get<IRedisService>(redisServiceIdentifier).ping()).toBe('PONG');
      } finally {
        await module.shutdown();
      }
    });
  });

  describe('having a server that does not answer', () => {
    it('should reject the resolution with CONNECTION_FAILED', async () => {
      const module = RedisContainerModule.fromEnv({
        REDIS_URL: 'redis://127.0.0.1:1',
        REDIS_CONNECT_TIMEOUT_MS: '500',
      });
      const container = new Container();
      container.load(module);
      await expect(container.getAsync(redisServiceIdentifier)).rejects.toMatchObject({
        code: 'CONNECTION_FAILED',
      });
    });
  });

  describe('having REDIS_MODE=cluster against a standalone server', () => {
    it('should reject the resolution with MODE_MISMATCH', async () => {
      const { host, port } = redisTestServers().standalone;
      const module = RedisContainerModule.fromEnv({
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: `${host}:${port}`,
      });
      const container = new Container();
      container.load(module);
      await expect(container.getAsync(redisServiceIdentifier)).rejects.toMatchObject({
        code: 'MODE_MISMATCH',
      });
    });
  });

  describe.each(['standalone', 'cluster'] as const)('having used a %s client, then shutdown()', (mode) => {
    it('should let the process exit by itself (no open handle)', async () => {
      const fixture = fileURLToPath(new URL('fixtures/useAndShutdown.ts', import.meta.url));
      const env =
        mode === 'standalone'
          ? { REDIS_URL: redisTestServers().standalone.url }
          : { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: nodesOf() };
      const code = await new Promise<number | string>((resolve) => {
        const child = execFile(process.execPath, ['--import', 'tsx', '--conditions=@org/source', fixture], {
          env: { ...process.env, ...env },
          timeout: 20_000,
        });
        child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal ?? 'unknown'));
      });
      expect(code).toBe(0);
    });
  });
});
