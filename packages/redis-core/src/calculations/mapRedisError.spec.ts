import { inspect } from 'node:util';
import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { mapRedisError } from './mapRedisError.js';

describe(mapRedisError, () => {
  describe.each([
    ["NOPERM User reader has no permissions to run the 'set' command", 'NO_PERMISSION'],
    ['WRONGPASS invalid username-password pair or user is disabled.', 'AUTH_FAILED'],
    ['NOAUTH Authentication required.', 'AUTH_FAILED'],
    ['WRONGTYPE Operation against a key holding the wrong kind of value', 'WRONG_TYPE'],
    ["CROSSSLOT Keys in request don't hash to the same slot", 'CROSS_SLOT'],
    ['CLUSTERDOWN The cluster is down', 'CLUSTER_DOWN'],
    ['Failed to refresh slots cache.', 'CLUSTER_DOWN'],
    ['MOVED 15197 127.0.0.1:7002', 'CLUSTER_DOWN'],
    ['Command timed out', 'COMMAND_TIMEOUT'],
    ['connect ECONNREFUSED 127.0.0.1:1', 'CONNECTION_FAILED'],
    ['Connection is closed.', 'CONNECTION_FAILED'],
    ['Command aborted due to connection close', 'CONNECTION_FAILED'],
    ['ERR value is not an integer or out of range', 'SERVER_ERROR'],
  ])('having "%s"', (message, code) => {
    it(`should map to ${code} and keep a copy of the cause`, () => {
      const cause = new Error(message);
      const mapped = mapRedisError(cause, 'set');
      expect([mapped.code, String(mapped.cause)]).toStrictEqual([code, String(cause)]);
    });
  });

  describe.each([
    ["READONLY You can't write against a read only replica.", 'READ_ONLY', true],
    [
      'UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)',
      'READ_ONLY',
      true,
    ],
    ['LOADING Redis is loading the dataset in memory', 'LOADING', true],
    [
      'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
      'BUSY_SCRIPT',
      true,
    ],
    ['TRYAGAIN Multiple keys request during rehashing of slot', 'TRY_AGAIN', true],
    ["MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.", 'MASTER_DOWN', true],
    ["OOM command not allowed when used memory > 'maxmemory'.", 'OUT_OF_MEMORY', false],
    ['NOSCRIPT No matching script. Please use EVAL.', 'NO_SCRIPT', false],
    ['BUSYGROUP Consumer Group name already exists', 'GROUP_EXISTS', false],
    ['CLUSTERDOWN The cluster is down', 'CLUSTER_DOWN', true],
  ])('having the refusal "%s"', (reply, code, retryable) => {
    it(`should map to ${code} with retryable ${retryable} and the reply in details`, () => {
      const mapped = mapRedisError(new Error(reply), 'set');
      expect([mapped.code, mapped.details]).toStrictEqual([code, { retryable, reply }]);
    });
  });

  describe.each([
    'ERR Error running script: user_script:1: READONLY flag missing',
    'ERR value OOM is not valid',
    'ERR NOSCRIPT said the script',
    'BUSYKEY Target key name already exists.',
    'UNBLOCKED client unblocked via CLIENT UNBLOCK',
    'ERR LOADING failed',
    'NOGROUP No such key or consumer group BUSYGROUP',
    'readonly lower case',
  ])('having "%s", which holds a refusal word but not as its prefix', (message) => {
    it('should map to SERVER_ERROR', () => {
      expect(mapRedisError(new Error(message), 'eval').code).toBe('SERVER_ERROR');
    });
  });

  describe('having an ioredis error that recorded the HELLO … AUTH arguments', () => {
    const cause = Object.assign(new Error('WRONGPASS invalid username-password pair'), {
      command: { name: 'hello', args: ['3', 'AUTH', 'default', 'leak-canary-1'] },
    });

    it('should keep no password anywhere in the error', () => {
      const mapped = mapRedisError(cause, 'connect');
      expect(inspect(mapped, { depth: Infinity }) + JSON.stringify(mapped.cause)).not.toContain(
        'leak-canary-1',
      );
    });
  });

  describe('having a RedisError whose cause is a raw ioredis error', () => {
    it('should return a copy with the cause scrubbed', () => {
      const raw = Object.assign(new Error('ERR'), { command: { name: 'auth', args: ['leak-canary-2'] } });
      const error = new RedisError('SERVER_ERROR', 'x', { cause: raw });
      expect(inspect(mapRedisError(error, 'auth'), { depth: Infinity })).not.toContain('leak-canary-2');
    });
  });

  describe('having a RedisError already', () => {
    it('should return it unchanged', () => {
      const error = new RedisError('CROSS_SLOT', 'x');
      expect(mapRedisError(error, 'rename')).toBe(error);
    });
  });
});
