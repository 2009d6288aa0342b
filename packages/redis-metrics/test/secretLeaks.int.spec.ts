import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisLogger, createRedisMetrics, type RedisLogger, type RedisMetrics } from '../src/index.js';
import { aclUserCase, clusterCase, passwordFieldCase, type LeakCase } from './support/leakCases.js';
import { captureLogs, type CapturedLogs } from './support/logLines.js';
import { runLeakScenario, type LeakScenario } from './support/runLeakScenario.js';

// Sentinel is not supported yet: when its driver lands, add its form (sentinelPassword) here.
const cases: readonly (readonly [string, () => Promise<LeakCase>, string])[] = [
  ['a URL with user and password', () => aclUserCase('url'), 'AUTH_FAILED'],
  ['the password field', () => passwordFieldCase(false), 'AUTH_FAILED'],
  ['an ACL user and password', () => aclUserCase('fields'), 'AUTH_FAILED'],
  ['a URL-encoded password', () => aclUserCase('url', 'p@ss:w/rd%-'), 'AUTH_FAILED'],
  ['TLS and a password', () => passwordFieldCase(true), 'AUTH_FAILED'],
  // A cluster node that refuses the new connection fails the slot refresh, which ioredis reports as such.
  ['a cluster with a password', clusterCase, 'AUTH_FAILED'],
];

describe('Secrets in what the layer prints, against protected servers', () => {
  let logs: CapturedLogs;
  let redisLogger: RedisLogger;
  let metrics: RedisMetrics;

  beforeAll(() => {
    logs = captureLogs();
    redisLogger = createRedisLogger({ destination: logs, level: 'debug' });
    metrics = createRedisMetrics();
  });
  afterAll(() => {
    redisLogger.stop();
    metrics.stop();
  });

  describe.each(cases)('having %s', (_form, start, laterCode) => {
    let leakCase: LeakCase;
    let scenario: LeakScenario;

    beforeAll(async () => {
      leakCase = await start();
      scenario = await runLeakScenario(leakCase, redisLogger.logger);
    }, 120_000);
    afterAll(async () => {
      await leakCase.topology.stop();
    });

    it('should fail connect() with a wrong password as AUTH_FAILED', () => {
      expect(scenario.connectCode).toBe('AUTH_FAILED');
    });

    it('should fail a later command once the password is rotated', () => {
      expect(scenario.laterCodes).toContain(laterCode);
    });

    it('should print no secret in errors, causes, stacks, services, modules or health', () => {
      const leaks = Object.entries(scenario.printed).flatMap(([where, text]) =>
        leakCase.secrets.filter((secret) => text.includes(secret)).map((secret) => `${where}: ${secret}`),
      );
      expect(leaks).toStrictEqual([]);
    });

    it('should write no secret to a log line', () => {
      expect(leakCase.secrets.filter((secret) => logs.text().includes(secret))).toStrictEqual([]);
    });

    it('should expose no secret in a metric', async () => {
      const text = await metrics.registry.metrics();
      expect(leakCase.secrets.filter((secret) => text.includes(secret))).toStrictEqual([]);
    });
  });
});
