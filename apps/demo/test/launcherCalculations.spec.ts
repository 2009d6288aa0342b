import { describe, expect, it } from 'vitest';
import { describeRedisTarget } from '../src/launcher/describeRedisTarget.js';
import { describeStartError } from '../src/launcher/describeStartError.js';
import { embeddedRedisMode } from '../src/launcher/embeddedRedisMode.js';
import { migratingSidesProblem } from '../src/launcher/migratingSidesProblem.js';

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
    [{ REDIS_MODE: 'migrating', SOURCE_REDIS_URL: 'redis://a', TARGET_REDIS_URL: 'redis://b' }, undefined],
    [{ REDIS_MODE: 'migrating' }, undefined],
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

  describe('having REDIS_MODE=migrating', () => {
    it('should name both sides, with the passwords masked', () => {
      const env = {
        REDIS_MODE: 'migrating',
        SOURCE_REDIS_URL: 'redis://app:s3cret@old:6379',
        SOURCE_REDIS_PASSWORD: 'other-secret',
        TARGET_REDIS_MODE: 'cluster',
        TARGET_REDIS_CLUSTER_NODES: 'new1:7000,new2:7000',
        TARGET_REDIS_PASSWORD: 'third-secret',
      };
      expect(describeRedisTarget(env, false)).toBe(
        'Redis migrating: source redis://app:***@old:6379, target Cluster via new1:7000 (+1 seed nodes)',
      );
    });
  });
});

describe(migratingSidesProblem, () => {
  describe('having both sides named', () => {
    it('should find nothing missing', () => {
      expect(
        migratingSidesProblem({
          REDIS_MODE: 'migrating',
          SOURCE_REDIS_HOST: 'old',
          TARGET_REDIS_CLUSTER_NODES: 'new:7000',
        }),
      ).toBeUndefined();
    });
  });

  describe('having another mode', () => {
    it('should find nothing missing', () => {
      expect(migratingSidesProblem({ REDIS_MODE: 'cluster' })).toBeUndefined();
    });
  });

  describe('having no target address', () => {
    it('should name the target variables to set', () => {
      expect(
        migratingSidesProblem({
          REDIS_MODE: 'migrating',
          SOURCE_REDIS_URL: 'redis://old',
          TARGET_REDIS_URL: ' ',
        }),
      ).toBe(
        'REDIS_MODE=migrating needs the address of both sides, and the target has none: set TARGET_REDIS_URL ' +
          '(or TARGET_REDIS_HOST/TARGET_REDIS_PORT, or TARGET_REDIS_MODE=cluster with TARGET_REDIS_CLUSTER_NODES). ' +
          'No embedded Redis is started for a live move.',
      );
    });
  });

  describe('having no side named', () => {
    it('should name both sides', () => {
      expect(migratingSidesProblem({ REDIS_MODE: 'Migrating' })).toMatch(
        /^REDIS_MODE=migrating needs the address of both sides, and neither has one: set SOURCE_REDIS_URL .* and TARGET_REDIS_URL /,
      );
    });
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
