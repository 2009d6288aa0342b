import { describe, expectTypeOf, it } from 'vitest';
import { parseRedisConfigFromEnv } from '../../calculations/parseRedisConfigFromEnv.js';
import { validateRedisConfig } from '../../calculations/validateRedisConfig.js';
import type { RedisClusterConfig } from './RedisClusterConfig.js';
import type { RedisClusterConfigInput } from './RedisClusterConfigInput.js';
import type { RedisConfig, RedisConfigInput } from './RedisConfig.js';
import type { RedisStandaloneConfig } from './RedisStandaloneConfig.js';
import type { RedisTlsConfig } from './RedisTlsConfig.js';

declare const config: RedisConfig;
declare const input: RedisConfigInput;

describe('RedisConfig', () => {
  describe('having mode cluster', () => {
    it('should narrow to the cluster config', () => {
      if (config.mode === 'cluster') expectTypeOf(config).toEqualTypeOf<RedisClusterConfig>();
    });

    it('should have no db', () => {
      expectTypeOf<RedisClusterConfig>().not.toHaveProperty('db');
    });

    it('should have nodes, scaleReads and natMap filled', () => {
      expectTypeOf<Pick<RedisClusterConfig, 'scaleReads' | 'natMap' | 'shardedPubSub'>>().toEqualTypeOf<{
        readonly scaleReads: 'master' | 'slave' | 'all';
        readonly natMap: Readonly<Record<string, { readonly host: string; readonly port: number }>>;
        readonly shardedPubSub: boolean;
      }>();
    });
  });

  describe('having mode standalone', () => {
    it('should narrow to the standalone config', () => {
      if (config.mode === 'standalone') expectTypeOf(config).toEqualTypeOf<RedisStandaloneConfig>();
    });

    it('should have host, port and db, and no url or nodes', () => {
      expectTypeOf<RedisStandaloneConfig>().toHaveProperty('db').toEqualTypeOf<number>();
      expectTypeOf<RedisStandaloneConfig>().not.toHaveProperty('url');
      expectTypeOf<RedisStandaloneConfig>().not.toHaveProperty('nodes');
    });
  });

  describe('having any mode', () => {
    it('should have every default filled', () => {
      expectTypeOf(config.keyPrefix).toEqualTypeOf<string>();
      expectTypeOf(config.commandTimeoutMs).toEqualTypeOf<number>();
      expectTypeOf(config.tls).toEqualTypeOf<RedisTlsConfig | false>();
    });

    it('should keep optional what has no default', () => {
      expectTypeOf(config.password).toEqualTypeOf<string | undefined>();
    });
  });
});

describe('RedisConfigInput', () => {
  describe('having mode cluster', () => {
    it('should narrow to the cluster input, without db', () => {
      if (input.mode === 'cluster') expectTypeOf(input).toEqualTypeOf<RedisClusterConfigInput>();
      expectTypeOf<RedisClusterConfigInput>().not.toHaveProperty('db');
    });

    it('should reject a db', () => {
      // @ts-expect-error -- a cluster only has database 0
      const invalid: RedisConfigInput = { mode: 'cluster', nodes: [], db: 0 };
      expectTypeOf(invalid).toEqualTypeOf<RedisConfigInput>();
    });

    it('should require nodes', () => {
      // @ts-expect-error -- nodes are required
      const invalid: RedisConfigInput = { mode: 'cluster' };
      expectTypeOf(invalid).toEqualTypeOf<RedisConfigInput>();
    });
  });

  describe('having mode standalone', () => {
    it('should accept a url or a host, with every option optional', () => {
      expectTypeOf({ mode: 'standalone', url: 'redis://cache' } as const).toExtend<RedisConfigInput>();
      expectTypeOf({
        mode: 'standalone',
        host: 'cache',
        port: 6380,
        db: 1,
      } as const).toExtend<RedisConfigInput>();
      expectTypeOf({ mode: 'standalone' } as const).toExtend<RedisConfigInput>();
    });

    it('should reject a url together with a host', () => {
      // @ts-expect-error -- url and host/port are exclusive
      const invalid: RedisConfigInput = { mode: 'standalone', url: 'redis://cache', host: 'cache' };
      expectTypeOf(invalid).toEqualTypeOf<RedisConfigInput>();
    });

    it('should reject cluster options', () => {
      // @ts-expect-error -- nodes are a cluster option
      const invalid: RedisConfigInput = { mode: 'standalone', nodes: [] };
      expectTypeOf(invalid).toEqualTypeOf<RedisConfigInput>();
    });
  });
});

describe(validateRedisConfig, () => {
  it('should take an input and return a complete config', () => {
    expectTypeOf(validateRedisConfig).parameter(0).toEqualTypeOf<RedisConfigInput>();
    expectTypeOf(validateRedisConfig).returns.toEqualTypeOf<RedisConfig>();
  });
});

describe(parseRedisConfigFromEnv, () => {
  it('should accept process.env and return a complete config', () => {
    expectTypeOf(parseRedisConfigFromEnv).toBeCallableWith(process.env);
    expectTypeOf(parseRedisConfigFromEnv).returns.toEqualTypeOf<RedisConfig>();
  });
});
