import type { RedisCacheEvent } from '@org/redis-interface';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRedisLogger, type RedisLogger } from '../src/index.js';
import { captureLogs, type CapturedLogs } from './support/logLines.js';
import { publish } from './support/publish.js';

const cache = 'users';

/** A line without pino's own fields (time, pid, hostname), which no test can predict. */
function withoutPinoFields(line: Record<string, unknown>): Record<string, unknown> {
  const { time, pid, hostname, ...rest } = line;
  return rest;
}

describe(`${createRedisLogger.name} (cache events)`, () => {
  let logs: CapturedLogs;
  let redisLogger: RedisLogger;
  function start(level?: string): void {
    logs = captureLogs();
    redisLogger = createRedisLogger({ destination: logs, ...(level === undefined ? {} : { level }) });
  }
  function published(...events: RedisCacheEvent[]): Record<string, unknown>[] {
    for (const event of events) publish.cache(event);
    return logs.lines().map(withoutPinoFields);
  }
  afterEach(() => {
    redisLogger.stop();
    vi.useRealTimers();
  });

  describe('having the breaker open', () => {
    it('should log it at warn with the cache and the state', () => {
      start();
      expect(published({ cache, event: 'breaker', state: 'open' })).toStrictEqual([
        {
          level: 40,
          component: 'redis',
          cache,
          event: 'breaker',
          state: 'open',
          msg: 'redis cache breaker open',
        },
      ]);
    });
  });

  describe('having the breaker close again after 4 s', () => {
    it('should log it at info with how long it was open', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      start();
      publish.cache({ cache, event: 'breaker', state: 'open' });
      vi.advanceTimersByTime(4_000);
      expect(published({ cache, event: 'breaker', state: 'closed' }).at(-1)).toStrictEqual({
        level: 30,
        component: 'redis',
        cache,
        event: 'breaker',
        state: 'closed',
        openForMs: 4_000,
        msg: 'redis cache breaker closed',
      });
    });
  });

  describe('having the breaker close without an opening seen', () => {
    it('should log it at info without openForMs', () => {
      start();
      expect(published({ cache, event: 'breaker', state: 'closed' })).toStrictEqual([
        {
          level: 30,
          component: 'redis',
          cache,
          event: 'breaker',
          state: 'closed',
          msg: 'redis cache breaker closed',
        },
      ]);
    });
  });

  describe('having failed trials while Redis stays down', () => {
    const outage: RedisCacheEvent[] = [
      { cache, event: 'breaker', state: 'open' },
      { cache, event: 'breaker', state: 'half-open' },
      { cache, event: 'breaker', state: 'open' },
      { cache, event: 'breaker', state: 'half-open' },
      { cache, event: 'breaker', state: 'open' },
      { cache, event: 'breaker', state: 'half-open' },
      { cache, event: 'breaker', state: 'closed' },
    ];

    it('should log one warn line and one info line', () => {
      start();
      expect(published(...outage).map((line) => [line['level'], line['msg']])).toStrictEqual([
        [40, 'redis cache breaker open'],
        [30, 'redis cache breaker closed'],
      ]);
    });

    it('should log the trials and the re-openings at debug', () => {
      start('debug');
      expect(
        published(...outage)
          .filter((line) => line['level'] === 20)
          .map((line) => line['msg']),
      ).toStrictEqual([
        'redis cache breaker half-open',
        'redis cache breaker open again',
        'redis cache breaker half-open',
        'redis cache breaker open again',
        'redis cache breaker half-open',
      ]);
    });
  });

  describe('having the breakers of two caches open', () => {
    it('should log a warn line for each', () => {
      start();
      expect(
        published(
          { cache, event: 'breaker', state: 'open' },
          { cache: 'orders', event: 'breaker', state: 'open' },
        ).map((line) => [line['level'], line['cache']]),
      ).toStrictEqual([
        [40, cache],
        [40, 'orders'],
      ]);
    });
  });

  describe('having the breaker open again after it closed', () => {
    it('should log the new opening at warn', () => {
      start();
      expect(
        published(
          { cache, event: 'breaker', state: 'open' },
          { cache, event: 'breaker', state: 'closed' },
          { cache, event: 'breaker', state: 'open' },
        ).map((line) => line['level']),
      ).toStrictEqual([40, 30, 40]);
    });
  });

  describe('having a resync', () => {
    it('should log it at warn with its reason', () => {
      start();
      expect(published({ cache, event: 'resync', reason: 'gap' })).toStrictEqual([
        {
          level: 40,
          component: 'redis',
          cache,
          event: 'resync',
          reason: 'gap',
          msg: 'redis cache resync',
        },
      ]);
    });

    it('should log each one', () => {
      start();
      expect(
        published(
          { cache, event: 'resync', reason: 'bus-down' },
          { cache, event: 'resync', reason: 'gap' },
        ).map((line) => line['reason']),
      ).toStrictEqual(['bus-down', 'gap']);
    });
  });

  describe('having every other kind of cache event', () => {
    it('should log nothing, even at debug', () => {
      start('debug');
      expect(
        published(
          { cache, event: 'hit', tier: 'l1' },
          { cache, event: 'hit', tier: 'l2' },
          { cache, event: 'miss' },
          { cache, event: 'stale', reason: 'refreshing' },
          { cache, event: 'factory', outcome: 'error', durationMs: 3 },
          { cache, event: 'lock-wait', outcome: 'timeout', durationMs: 10_000 },
          { cache, event: 'invalidation', direction: 'in', kind: 'delete' },
          { cache, event: 'degraded', operation: 'get' },
        ),
      ).toStrictEqual([]);
    });
  });

  describe('having a resync whose fields are outside their bounded sets', () => {
    it('should log the cache and the reason as other', () => {
      start();
      publish.cache({ cache: 'users:42', event: 'resync', reason: 'user:42' } as unknown as RedisCacheEvent);
      expect(logs.lines().map((line) => [line['cache'], line['reason']])).toStrictEqual([['other', 'other']]);
    });
  });

  describe('having a synthetic event that carries a password', () => {
    it('should not write the password', () => {
      start();
      const event = {
        cache,
        event: 'resync',
        reason: 'gap',
        password: 'hunter2-event',
        url: 'redis://:hunter2-url@h:1',
      };
      publish.cache(event as unknown as RedisCacheEvent);
      expect([logs.lines().length, logs.text().includes('hunter2')]).toStrictEqual([1, false]);
    });
  });
});
