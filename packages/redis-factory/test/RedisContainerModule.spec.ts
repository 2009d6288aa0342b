import {
  redisConfigIdentifier,
  redisConfigIdentifierFor,
  RedisError,
  type RedisConfig,
} from '@org/redis-interface';
import { RedisContainerModule, RedisFactoryService, redisFactoryIdentifier } from '@org/redis-factory';
import { Container } from 'inversify';
import { describe, expect, it } from 'vitest';

function containerWith(module: RedisContainerModule): Container {
  const container = new Container();
  container.load(module);
  return container;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe(RedisContainerModule, () => {
  describe('.fromEnv', () => {
    describe('having REDIS_MODE=cluster and named client CACHE_* in standalone mode', () => {
      const env = {
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: '127.0.0.1:7000',
        CACHE_URL: 'redis://127.0.0.1:6390/2',
      };

      it('should bind the default config in cluster mode', () => {
        const container = containerWith(RedisContainerModule.fromEnv(env, { clients: ['cache'] }));
        expect(container.get<RedisConfig>(redisConfigIdentifier).mode).toBe('cluster');
      });

      it('should bind the named config from its own variables', () => {
        const container = containerWith(RedisContainerModule.fromEnv(env, { clients: ['cache'] }));
        expect(container.get<RedisConfig>(redisConfigIdentifierFor('cache'))).toMatchObject({
          mode: 'standalone',
          port: 6390,
          db: 2,
        });
      });
    });

    describe.each([
      ['an unknown mode', { REDIS_MODE: 'sentinel' }, /REDIS_MODE/],
      ['cluster mode without nodes', { REDIS_MODE: 'cluster' }, /REDIS_CLUSTER_NODES/],
      [
        'db 3 in cluster mode',
        { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: 'h:1', REDIS_DB: '3' },
        /REDIS_DB/,
      ],
      ['a bad port', { REDIS_PORT: 'abc' }, /REDIS_PORT/],
    ])('having %s', (_name, env, variable) => {
      it('should throw INVALID_CONFIG naming the variable', () => {
        const error = thrown(() => RedisContainerModule.fromEnv(env));
        expect([
          RedisError.is(error, 'INVALID_CONFIG'),
          variable.test((error as Error).message),
        ]).toStrictEqual([true, true]);
      });
    });

    describe('having a misspelt variable of a named client', () => {
      it('should give the warning to onWarning', () => {
        const warnings: string[] = [];
        RedisContainerModule.fromEnv(
          { CACHE_URL: 'redis://127.0.0.1:6390', CACHE_KEY_PREFX: 'c:' },
          { clients: ['cache'], onWarning: (warning) => warnings.push(warning.message) },
        );
        expect(warnings).toStrictEqual([
          'CACHE_KEY_PREFX is not a known variable, so it is ignored: did you mean CACHE_KEY_PREFIX?',
        ]);
      });
    });

    describe('having a password in a bad URL', () => {
      it('should not put the password in the error', () => {
        const error = thrown(() =>
          RedisContainerModule.fromEnv({ REDIS_URL: 'redis://:hunter2@host:notaport' }),
        );
        expect((error as Error).message).not.toContain('hunter2');
      });
    });
  });

  describe('.fromOptions', () => {
    describe('having two named clients', () => {
      it('should bind one config per name', () => {
        const container = containerWith(
          RedisContainerModule.fromOptions({
            default: { mode: 'standalone', host: '127.0.0.1', port: 6390 },
            queue: { mode: 'cluster', nodes: [{ host: '127.0.0.1', port: 7000 }] },
          }),
        );
        expect(container.get<RedisConfig>(redisConfigIdentifierFor('queue')).mode).toBe('cluster');
      });
    });

    describe('having one config', () => {
      it('should bind the factory as a constant', () => {
        const container = containerWith(
          RedisContainerModule.fromOptions({ mode: 'standalone', host: '127.0.0.1', port: 6390 }),
        );
        expect(container.get(redisFactoryIdentifier)).toBeInstanceOf(RedisFactoryService);
      });
    });
  });
});

describe(RedisFactoryService, () => {
  describe('.create', () => {
    describe.each([
      ['standalone', { mode: 'standalone', host: '127.0.0.1', port: 6390 }],
      ['cluster', { mode: 'cluster', nodes: [{ host: '127.0.0.1', port: 7000 }] }],
    ] as const)('having mode %s', (mode, config) => {
      it('should build that driver without connecting', () => {
        expect(new RedisFactoryService().create(config).mode).toBe(mode);
      });
    });
  });
});
