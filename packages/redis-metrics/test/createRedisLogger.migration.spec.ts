import type { RedisMigrationEvent } from '@org/redis-interface';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisLogger, type RedisLogger } from '../src/index.js';
import { captureLogs, type CapturedLogs } from './support/logLines.js';
import { publish } from './support/publish.js';

const client = 'orders';

/** A line without pino's own fields (time, pid, hostname), which no test can predict. */
function withoutPinoFields(line: Record<string, unknown>): Record<string, unknown> {
  const { time, pid, hostname, ...rest } = line;
  return rest;
}

describe(`${createRedisLogger.name} (migration events)`, () => {
  let logs: CapturedLogs;
  let redisLogger: RedisLogger;
  function start(level?: string): void {
    logs = captureLogs();
    redisLogger = createRedisLogger({ destination: logs, ...(level === undefined ? {} : { level }) });
  }
  function published(...events: RedisMigrationEvent[]): Record<string, unknown>[] {
    for (const event of events) publish.migration(event);
    return logs.lines().map(withoutPinoFields);
  }
  afterEach(() => redisLogger.stop());

  describe('having a phase switch', () => {
    it('should log it at info with the phase, the previous one and the revision', () => {
      start();
      expect(
        published({ client, event: 'phase', phase: 'cutover', previous: 'shadow', revision: 3 }),
      ).toStrictEqual([
        {
          level: 30,
          component: 'redis',
          client,
          event: 'phase',
          phase: 'cutover',
          previous: 'shadow',
          revision: 3,
          msg: 'redis migration phase cutover',
        },
      ]);
    });
  });

  describe('having the phase at connect', () => {
    it('should log it at info without a previous phase', () => {
      start();
      expect(published({ client, event: 'phase', phase: 'dual-write', revision: 0 })).toStrictEqual([
        {
          level: 30,
          component: 'redis',
          client,
          event: 'phase',
          phase: 'dual-write',
          revision: 0,
          msg: 'redis migration phase dual-write',
        },
      ]);
    });
  });

  describe('having a secondary write failure without keys', () => {
    it('should log it at warn with side, command and code, and no keys field', () => {
      start();
      expect(
        published({
          client,
          event: 'secondary-write-failed',
          side: 'target',
          command: 'incr',
          errorCode: 'COMMAND_TIMEOUT',
        }),
      ).toStrictEqual([
        {
          level: 40,
          component: 'redis',
          client,
          event: 'secondary-write-failed',
          side: 'target',
          command: 'incr',
          code: 'COMMAND_TIMEOUT',
          msg: 'redis migration secondary write failed',
        },
      ]);
    });
  });

  describe('having a secondary write failure with keys', () => {
    it('should log the keys and their count', () => {
      start();
      const [line] = published({
        client,
        event: 'secondary-write-failed',
        side: 'source',
        command: 'mset',
        errorCode: 'READ_ONLY',
        keys: ['user:1', 'user:2'],
      });
      expect([line?.['keys'], line?.['keyCount']]).toStrictEqual([['user:1', 'user:2'], 2]);
    });
  });

  describe('having a secondary write failure with more than 100 keys', () => {
    it('should log the first 100 keys and the full count', () => {
      start();
      const keys = Array.from({ length: 250 }, (_, index) => `k${index}`);
      const [line] = published({
        client,
        event: 'secondary-write-failed',
        side: 'target',
        command: 'pipeline',
        errorCode: 'CONNECTION_FAILED',
        keys,
      });
      expect([line?.['keys'], line?.['keyCount']]).toStrictEqual([keys.slice(0, 100), 250]);
    });
  });

  describe('having shadow reads', () => {
    it('should log only the mismatch, at warn, with its keys', () => {
      start();
      expect(
        published(
          { client, event: 'shadow-read', command: 'get', outcome: 'match' },
          { client, event: 'shadow-read', command: 'get', outcome: 'mismatch', keys: ['user:42'] },
          { client, event: 'shadow-read', command: 'get', outcome: 'error' },
        ),
      ).toStrictEqual([
        {
          level: 40,
          component: 'redis',
          client,
          event: 'shadow-read',
          command: 'get',
          outcome: 'mismatch',
          keys: ['user:42'],
          keyCount: 1,
          msg: 'redis migration shadow read mismatch',
        },
      ]);
    });

    it('should log a shadow read the target failed only at debug, and never a match', () => {
      start('debug');
      expect(
        published(
          { client, event: 'shadow-read', command: 'get', outcome: 'match' },
          { client, event: 'shadow-read', command: 'hgetall', outcome: 'error' },
        ),
      ).toStrictEqual([
        {
          level: 20,
          component: 'redis',
          client,
          event: 'shadow-read',
          command: 'hgetall',
          outcome: 'error',
          msg: 'redis migration shadow read failed',
        },
      ]);
    });
  });

  describe('having a synthetic event that carries a password', () => {
    it('should not write the password', () => {
      start();
      const event = {
        client,
        event: 'shadow-read',
        command: 'get',
        outcome: 'mismatch',
        password: 'hunter2-event',
        url: 'redis://:hunter2-url@h:1',
      };
      publish.migration(event as unknown as RedisMigrationEvent);
      expect([logs.lines().length, logs.text().includes('hunter2')]).toStrictEqual([1, false]);
    });
  });
});
