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
    ['ERR value is not an integer or out of range', 'SERVER_ERROR'],
  ])('having "%s"', (message, code) => {
    it(`should map to ${code} and keep the cause`, () => {
      const cause = new Error(message);
      const mapped = mapRedisError(cause, 'set');
      expect([mapped.code, mapped.cause]).toStrictEqual([code, cause]);
    });
  });

  describe('having a RedisError already', () => {
    it('should return it unchanged', () => {
      const error = new RedisError('CROSS_SLOT', 'x');
      expect(mapRedisError(error, 'rename')).toBe(error);
    });
  });
});
