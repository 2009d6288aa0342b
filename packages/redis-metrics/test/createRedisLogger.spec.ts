import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisLogger, type RedisLogger } from '../src/index.js';
import { captureLogs, type CapturedLogs } from './support/logLines.js';
import { publish } from './support/publish.js';

const source = { client: 'cache', mode: 'cluster' } as const;

describe(createRedisLogger, () => {
  let logs: CapturedLogs;
  let redisLogger: RedisLogger;
  function start(level?: string): void {
    logs = captureLogs();
    redisLogger = createRedisLogger({ destination: logs, ...(level === undefined ? {} : { level }) });
  }
  afterEach(() => redisLogger.stop());

  describe('having a connection event', () => {
    it('should log it at info with client, mode and state', () => {
      start();
      publish.connection({ ...source, state: 'reconnecting' });
      expect(logs.lines()).toMatchObject([
        {
          level: 30,
          component: 'redis',
          ...source,
          state: 'reconnecting',
          msg: 'redis connection reconnecting',
        },
      ]);
    });
  });

  describe('having cluster events', () => {
    it('should log a failover at warn and a slot refresh at info', () => {
      start();
      publish.cluster({ ...source, event: 'failover', node: '127.0.0.1:7001' });
      publish.cluster({ ...source, event: 'slots-refresh' });
      expect(logs.lines().map(({ level, event }) => [level, event])).toStrictEqual([
        [40, 'failover'],
        [30, 'slots-refresh'],
      ]);
    });

    it('should log redirections only at debug', () => {
      start('debug');
      publish.cluster({ ...source, event: 'redirection', node: '127.0.0.1:7001' });
      expect(logs.lines()).toMatchObject([{ level: 20, event: 'redirection', node: '127.0.0.1:7001' }]);
    });

    it('should leave redirections out at the default level', () => {
      start();
      publish.cluster({ ...source, event: 'redirection' });
      expect(logs.lines()).toStrictEqual([]);
    });
  });

  describe('having command events', () => {
    it('should log only the failed one, at warn, with its command and code', () => {
      start();
      publish.command({ ...source, command: 'get', durationMs: 1, outcome: 'ok' });
      publish.command({
        ...source,
        command: 'lpush',
        durationMs: 1.23456,
        outcome: 'error',
        errorCode: 'WRONG_TYPE',
      });
      expect(logs.lines()).toMatchObject([
        { level: 40, command: 'lpush', code: 'WRONG_TYPE', durationMs: 1.235, msg: 'redis command failed' },
      ]);
    });
  });

  describe('having a synthetic event that carries a password', () => {
    it('should not write the password', () => {
      start();
      const event = { ...source, state: 'ready', password: 'hunter2-event', url: 'redis://:hunter2-url@h:1' };
      publish.connection(event as typeof event & { state: 'ready' });
      expect([logs.lines().length, logs.text().includes('hunter2')]).toStrictEqual([1, false]);
    });
  });

  describe('having a configuration logged through the returned logger', () => {
    it('should redact the password and the URL credentials, keeping the user name', () => {
      start();
      const config = { url: 'redis://app:hunter2@cache:6379', password: 'hunter2', tls: { key: 'PEM' } };
      redisLogger.logger.info({ config, REDIS_URL: config.url }, 'connecting');
      expect(logs.lines()[0]).toMatchObject({
        config: { url: 'redis://app:***@cache:6379', password: '[Redacted]', tls: { key: '[Redacted]' } },
        REDIS_URL: 'redis://app:***@cache:6379',
      });
    });
  });

  describe('having an application logger', () => {
    it('should log as its child, with the redaction applied', () => {
      const appLogs = captureLogs();
      redisLogger = createRedisLogger({ logger: pino({ base: { app: 'shop' } }, appLogs) });
      redisLogger.logger.info({ password: 'hunter2' }, 'x');
      expect(appLogs.lines()).toMatchObject([{ app: 'shop', component: 'redis', password: '[Redacted]' }]);
    });
  });

  describe('.stop', () => {
    it('should log nothing for events published afterwards', () => {
      start();
      redisLogger.stop();
      publish.connection({ ...source, state: 'ended' });
      expect(logs.lines()).toStrictEqual([]);
    });
  });
});
