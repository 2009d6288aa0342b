import { createServer } from 'node:net';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisLogger, createRedisMetrics, type RedisLogger, type RedisMetrics } from '../src/index.js';
import { captureLogs, type CapturedLogs } from './support/logLines.js';
import { resolveRedis } from './support/resolveRedis.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/**
 * Connect with `env` the way an application does and log the failure the way it would (the error,
 * and the environment it used) through the Redis logger.
 */
async function failToConnect(redisLogger: RedisLogger, env: Record<string, string>): Promise<void> {
  try {
    const { module } = await resolveRedis({
      REDIS_CONNECT_TIMEOUT_MS: '1000',
      REDIS_MAX_RETRIES: '0',
      ...env,
    });
    await module.shutdown();
    throw new Error('connected although it should not have');
  } catch (error) {
    redisLogger.logger.error({ err: error, env }, 'redis connection failed');
  }
}

describe('createRedisLogger against real Redis', () => {
  let server: RedisStandaloneTopology;
  let logs: CapturedLogs;
  let redisLogger: RedisLogger;
  let metrics: RedisMetrics;

  beforeAll(async () => {
    server = await startStandalone({ password: 'right-secret-4f1c' });
    logs = captureLogs();
    redisLogger = createRedisLogger({ destination: logs, level: 'debug' });
    metrics = createRedisMetrics();
    await failToConnect(redisLogger, {
      REDIS_URL: `redis://:wrong-secret-9d2e@${server.host}:${server.port}`,
    });
    await failToConnect(redisLogger, {
      REDIS_URL: `redis://app:url-secret-7a3b@127.0.0.1:${await closedPort()}`,
    });
    await failToConnect(redisLogger, {
      REDIS_HOST: server.host,
      REDIS_PORT: String(server.port),
      REDIS_PASSWORD: 'env-secret-2c8d',
    });
  });
  afterAll(async () => {
    redisLogger.stop();
    metrics.stop();
    await server.stop();
  });

  describe('having connections fail with passwords in the configuration', () => {
    it('should have logged the failures and the connection events', () => {
      const messages = new Set(logs.lines().map((line) => line['msg']));
      expect([...messages]).toStrictEqual(
        expect.arrayContaining(['redis connection failed', 'redis connection closed']),
      );
    });

    it.each(['wrong-secret-9d2e', 'url-secret-7a3b', 'env-secret-2c8d', 'right-secret-4f1c'])(
      'should never write %s to a log line',
      (secret) => {
        expect(logs.text()).not.toContain(secret);
      },
    );

    it('should never expose a password in a metric', async () => {
      expect(await metrics.registry.metrics()).not.toMatch(/secret/);
    });
  });
});
