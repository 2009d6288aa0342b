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

  describe('having connection events', () => {
    it("should log a client's first ready at info with client, mode and state", () => {
      start();
      publish.connection({ ...source, state: 'ready' });
      expect(logs.lines()).toMatchObject([
        { level: 30, component: 'redis', ...source, state: 'ready', msg: 'redis connection ready' },
      ]);
    });

    it('should log an outage as one warn when it starts and one info when the client is back', () => {
      start();
      publish.connection({ ...source, state: 'ready' });
      for (let attempt = 0; attempt < 20; attempt += 1) {
        publish.connection({ ...source, state: 'closed' });
        publish.connection({ ...source, state: 'reconnecting' });
        publish.cluster({ ...source, event: 'node-added', node: '127.0.0.1:7001' });
        publish.cluster({ ...source, event: 'slots-refresh' });
        publish.cluster({ ...source, event: 'node-removed', node: '127.0.0.1:7001' });
      }
      publish.connection({ ...source, state: 'ready' });
      expect(logs.lines().map(({ level, msg }) => [level, msg])).toStrictEqual([
        [30, 'redis connection ready'],
        [40, 'redis connection lost: reconnecting (commands fail or wait until it is back)'],
        [30, 'redis connection back'],
      ]);
      expect(typeof logs.lines().at(-1)?.['downForMs']).toBe('number');
    });

    it('should keep the repeats of an outage at debug', () => {
      start('debug');
      publish.connection({ ...source, state: 'ready' });
      publish.connection({ ...source, state: 'reconnecting' });
      publish.connection({ ...source, state: 'reconnecting' });
      publish.cluster({ ...source, event: 'slots-refresh' });
      expect(logs.lines().map(({ level }) => level)).toStrictEqual([30, 40, 20, 20]);
    });

    it('should log a shutdown (closed, then ended) as info, with no warning', () => {
      start();
      publish.connection({ ...source, state: 'ready' });
      publish.connection({ ...source, state: 'closed' });
      publish.connection({ ...source, state: 'ended' });
      expect(logs.lines().map(({ level, msg }) => [level, msg])).toStrictEqual([
        [30, 'redis connection ready'],
        [30, 'redis connection ended'],
      ]);
    });

    it('should keep the state of each client apart', () => {
      start();
      publish.connection({ ...source, state: 'ready' });
      publish.connection({ ...source, client: 'orders', state: 'ready' });
      publish.connection({ ...source, state: 'reconnecting' });
      publish.cluster({ ...source, client: 'orders', event: 'slots-refresh' });
      expect(logs.lines().map(({ client, level }) => [client, level])).toStrictEqual([
        ['cache', 30],
        ['orders', 30],
        ['cache', 40],
        ['orders', 30],
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

  describe('having command errors during an outage', () => {
    it('should log them at debug until the client is back, then at warn again', () => {
      start('debug');
      const failed = {
        ...source,
        command: 'publish',
        durationMs: 5000,
        outcome: 'error',
        errorCode: 'COMMAND_TIMEOUT',
      } as const;
      publish.connection({ ...source, state: 'ready' });
      publish.connection({ ...source, state: 'reconnecting' });
      for (let attempt = 0; attempt < 10; attempt += 1) publish.command(failed);
      publish.connection({ ...source, state: 'ready' });
      publish.command(failed);
      expect(logs.lines().map(({ level, msg }) => [level, msg])).toStrictEqual([
        [30, 'redis connection ready'],
        [40, 'redis connection lost: reconnecting (commands fail or wait until it is back)'],
        ...Array.from({ length: 10 }, () => [20, 'redis command failed']),
        [30, 'redis connection back'],
        [40, 'redis command failed'],
      ]);
    });

    it("should keep another client's errors at warn", () => {
      start();
      publish.connection({ ...source, state: 'ready' });
      publish.connection({ ...source, state: 'reconnecting' });
      publish.command({
        ...source,
        client: 'other',
        command: 'get',
        durationMs: 1,
        outcome: 'error',
        errorCode: 'WRONG_TYPE',
      });
      expect(logs.lines().map(({ level, client }) => [level, client])).toStrictEqual([
        [30, 'cache'],
        [40, 'cache'],
        [40, 'other'],
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
