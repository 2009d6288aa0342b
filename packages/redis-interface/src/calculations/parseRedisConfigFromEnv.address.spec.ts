import { describe, expect, it } from 'vitest';
import { RedisError } from '../models/errors/RedisError.js';
import { failure } from '../testing/parseEnvFailure.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

// The variables' own prefix (REDIS_ or CACHE_), so that a prefixed client is covered too.
function thrown(env: Record<string, string>): RedisError {
  const prefix = Object.keys(env).some((name) => name.startsWith('CACHE_')) ? 'CACHE_' : 'REDIS_';
  try {
    parseRedisConfigFromEnv(env, { prefix });
  } catch (error) {
    if (RedisError.is(error)) return error;
    throw error;
  }
  throw new Error('expected parseRedisConfigFromEnv to throw');
}

function problem(message: string): string {
  return `Invalid Redis configuration (1 problem):\n- ${message}`;
}

// Addresses written in the wrong place or shape: each must fail at parse time, naming what to set, and
// never echo a password.
describe(parseRedisConfigFromEnv, () => {
  describe.each<[string, Record<string, string>, string]>([
    [
      'REDIS_HOST with a port',
      { REDIS_HOST: '127.0.0.1:59211' },
      'REDIS_HOST "127.0.0.1:59211" includes a port: set REDIS_HOST=127.0.0.1 and REDIS_PORT=59211, or give the whole address as REDIS_URL',
    ],
    [
      'REDIS_HOST with an IPv6 address and a port',
      { REDIS_HOST: '[::1]:6380', REDIS_PORT: '6380' },
      'REDIS_HOST "[::1]:6380" includes a port: set REDIS_HOST=::1 and REDIS_PORT=6380, or give the whole address as REDIS_URL',
    ],
    [
      'a prefixed host with a port',
      { CACHE_HOST: 'cache:6380' },
      'CACHE_HOST "cache:6380" includes a port: set CACHE_HOST=cache and CACHE_PORT=6380, or give the whole address as CACHE_URL',
    ],
    [
      'REDIS_HOST with credentials',
      { REDIS_HOST: 'app:hunter2@cache' },
      'REDIS_HOST "***@cache" is not a host name: use a host name or IP address, such as localhost or 10.0.0.5',
    ],
  ])('having %s', (_name, env, message) => {
    it('should throw INVALID_CONFIG saying what to set', () => {
      const error = thrown(env);
      expect([error.code, error.message]).toStrictEqual(['INVALID_CONFIG', problem(message)]);
    });

    it('should not show the password', () => {
      expect(thrown(env).message).not.toMatch(/hunter2/);
    });
  });

  describe('having an IPv6 REDIS_HOST without a port', () => {
    it('should read it', () => {
      expect(parseRedisConfigFromEnv({ REDIS_HOST: '::1' })).toMatchObject({ host: '::1', port: 6379 });
    });
  });

  describe('having REDIS_HOST with a port in cluster mode', () => {
    it('should say that REDIS_HOST is for standalone mode', () => {
      expect(
        failure({ REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'a:7000', REDIS_HOST: 'a:7000' }).message,
      ).toBe(problem('REDIS_HOST is only for standalone mode: remove it or set REDIS_MODE to standalone'));
    });
  });
});

const urlPort = 'which is not a port: use an integer from 1 to 65535 (or none, for 6379)';

describe(parseRedisConfigFromEnv, () => {
  describe.each<[string, Record<string, string>, string]>([
    [
      'REDIS_URL with a port above 65535',
      { REDIS_URL: 'redis://127.0.0.1:99999' },
      `REDIS_URL "redis://127.0.0.1:99999" has port 99999, ${urlPort}`,
    ],
    [
      'REDIS_URL with a port that is not a number',
      { REDIS_URL: 'redis://host:abc' },
      `REDIS_URL "redis://host:abc" has port "abc", ${urlPort}`,
    ],
    [
      'REDIS_URL with port 0',
      { REDIS_URL: 'redis://host:0/1' },
      `REDIS_URL "redis://host:0/1" has port 0, ${urlPort}`,
    ],
    [
      'REDIS_URL with an IPv6 host and a bad port',
      { REDIS_URL: 'rediss://[::1]:7000x' },
      `REDIS_URL "rediss://[::1]:7000x" has port "7000x", ${urlPort}`,
    ],
    [
      'REDIS_URL with credentials and a bad port',
      { REDIS_URL: 'redis://app:hunter2@cache:65536/0' },
      `REDIS_URL "redis://app:***@cache:65536/0" has port 65536, ${urlPort}`,
    ],
    [
      'REDIS_URL with a password holding a slash and a bad port',
      { REDIS_URL: 'redis://:hunter2/x@cache:abc' },
      `REDIS_URL "redis://:***@cache:abc" has port "abc", ${urlPort}`,
    ],
  ])('having %s', (_name, env, message) => {
    it('should throw INVALID_CONFIG naming the port', () => {
      const error = thrown(env);
      expect([error.code, error.message]).toStrictEqual(['INVALID_CONFIG', problem(message)]);
    });

    it('should not show the password', () => {
      expect(thrown(env).message).not.toMatch(/hunter2/);
    });
  });
});

const standaloneUrl = (fix: string): string =>
  `REDIS_URL is for standalone mode; REDIS_MODE=cluster reads the seed nodes from REDIS_CLUSTER_NODES: ${fix}, then unset REDIS_URL. Or set REDIS_MODE=standalone`;

describe(parseRedisConfigFromEnv, () => {
  describe.each<[string, Record<string, string>, string]>([
    [
      'cluster mode with only REDIS_URL',
      { REDIS_MODE: 'cluster', REDIS_URL: 'redis://10.0.0.1:7000' },
      standaloneUrl("set REDIS_CLUSTER_NODES=10.0.0.1:7000 (the URL's host and port; add the other nodes)"),
    ],
    [
      'cluster mode with only a REDIS_URL holding credentials, TLS and an IPv6 host',
      { REDIS_MODE: 'cluster', REDIS_URL: 'rediss://app:hunter2@[::1]:7000' },
      standaloneUrl(
        "set REDIS_CLUSTER_NODES=[::1]:7000 (the URL's host and port; add the other nodes), and move its user name to REDIS_USERNAME, its password to REDIS_PASSWORD, rediss:// to REDIS_TLS=true",
      ),
    ],
    [
      'cluster mode with only an invalid REDIS_URL',
      { REDIS_MODE: 'cluster', REDIS_URL: 'redis://:hunter2@cache:abc' },
      standaloneUrl('set REDIS_CLUSTER_NODES to host:port[,host:port]'),
    ],
  ])('having %s', (_name, env, message) => {
    it('should throw INVALID_CONFIG saying what cluster mode reads', () => {
      const error = thrown(env);
      expect([error.code, error.message]).toStrictEqual(['INVALID_CONFIG', problem(message)]);
    });

    it('should not show the password', () => {
      expect(thrown(env).message).not.toMatch(/hunter2/);
    });
  });

  describe('having cluster mode with REDIS_URL and REDIS_CLUSTER_NODES', () => {
    it('should only say that REDIS_URL is for standalone mode', () => {
      expect(
        failure({ REDIS_MODE: 'cluster', REDIS_URL: 'redis://a:7000', REDIS_CLUSTER_NODES: 'a:7000' })
          .message,
      ).toBe(problem('REDIS_URL is only for standalone mode: remove it or set REDIS_MODE to standalone'));
    });
  });
});
