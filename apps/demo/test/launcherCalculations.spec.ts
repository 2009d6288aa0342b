import { describe, expect, it } from 'vitest';
import { describeRedisTarget } from '../src/launcher/describeRedisTarget.js';
import { describeStartError } from '../src/launcher/describeStartError.js';
import { embeddedRedisMode } from '../src/launcher/embeddedRedisMode.js';

describe(embeddedRedisMode, () => {
  it.each([
    [{}, 'standalone'],
    [{ REDIS_MODE: 'cluster' }, 'cluster'],
    [{ REDIS_MODE: 'standalone', REDIS_KEY_PREFIX: 'x:' }, 'standalone'],
    [{ REDIS_URL: '' }, 'standalone'],
    [{ REDIS_URL: 'redis://cache:6379' }, undefined],
    [{ REDIS_HOST: 'cache' }, undefined],
    [{ REDIS_PORT: '6380' }, undefined],
    [{ REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'a:7000' }, undefined],
  ])('should read %j as %s', (env, mode) => {
    expect(embeddedRedisMode(env)).toBe(mode);
  });
});

describe(describeRedisTarget, () => {
  it('should mask the password of REDIS_URL', () => {
    expect(describeRedisTarget({ REDIS_URL: 'redis://app:s3cret@cache:6379' }, false)).toBe(
      'Redis redis://app:***@cache:6379',
    );
  });

  it('should name the first cluster seed node and count the others', () => {
    expect(describeRedisTarget({ REDIS_CLUSTER_NODES: 'a:7000, b:7001,c:7002' }, true)).toBe(
      'embedded Redis Cluster via a:7000 (+2 seed nodes)',
    );
  });

  it('should fall back to host and port', () => {
    expect(describeRedisTarget({ REDIS_HOST: 'cache' }, false)).toBe('Redis cache:6379');
  });
});

describe(describeStartError, () => {
  it('should suggest another PORT when the port is taken', () => {
    expect(describeStartError(Object.assign(new Error('listen'), { code: 'EADDRINUSE' }), 3000)).toBe(
      'Port 3000 is already in use: start the demo on another one, e.g. PORT=3001 pnpm demo (PORT=0 picks a free port).',
    );
  });

  it('should pass other errors on with their name', () => {
    expect(describeStartError(new TypeError('bad'), 3000)).toBe('TypeError: bad');
  });
});
