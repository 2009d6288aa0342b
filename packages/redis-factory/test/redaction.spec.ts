import { inspect } from 'node:util';
import { redisConfigIdentifier, type RedisConfigInput } from '@org/redis-interface';
import { RedisContainerModule, RedisFactoryService } from '@org/redis-factory';
import { Container } from 'inversify';
import { describe, expect, it } from 'vitest';

/** Everything `console.log`, a logger or a JSON endpoint could print of `value`. */
function printed(value: unknown): string {
  return `${inspect(value, { depth: Infinity, showHidden: true })}\n${JSON.stringify(value)}\n${String(value)}`;
}

const standalone: RedisConfigInput = {
  mode: 'standalone',
  url: 'redis://app:canary-url-1@127.0.0.1:6390',
  tls: { cert: 'CERT', key: 'canary-key-1' },
};
const cluster: RedisConfigInput = {
  mode: 'cluster',
  nodes: [{ host: '127.0.0.1', port: 7000 }],
  username: 'app',
  password: 'canary-cluster-1',
};

describe(RedisFactoryService, () => {
  describe('.create', () => {
    describe.each([
      ['standalone', standalone],
      ['cluster', cluster],
    ])('having a %s configuration with secrets', (mode, config) => {
      const service = new RedisFactoryService().create(config);

      it('should print no secret of the service (util.inspect, JSON, String)', () => {
        expect(printed(service)).not.toMatch(/canary/);
      });

      it('should print no secret of its topology, reached directly (a debugger, a reflective logger)', () => {
        expect(printed((service as unknown as { topology: unknown }).topology)).not.toMatch(/canary/);
      });

      it('should still show the mode and the configuration', () => {
        expect(JSON.parse(JSON.stringify(service))).toMatchObject({
          mode,
          state: 'new',
          config: { password: '***' },
        });
      });
    });
  });

  describe('having no state', () => {
    it('should print nothing but its name', () => {
      expect(inspect(new RedisFactoryService())).toBe('RedisFactoryService {}');
    });
  });
});

describe(RedisContainerModule, () => {
  describe('.fromOptions', () => {
    describe('having named clients with secrets', () => {
      const module = RedisContainerModule.fromOptions({ default: standalone, cache: cluster });

      it('should print no secret of the module', () => {
        expect(printed(module)).not.toMatch(/canary/);
      });

      it('should print no secret of its clients', () => {
        expect(printed(module.clients)).not.toMatch(/canary/);
      });

      it('should print no secret of the bound configuration', () => {
        const container = new Container();
        container.load(module);
        expect(printed(container.get(redisConfigIdentifier))).not.toMatch(/canary/);
      });
    });
  });

  describe('.fromEnv', () => {
    describe('having REDIS_URL with a password', () => {
      it('should print no secret of the module', () => {
        const module = RedisContainerModule.fromEnv({ REDIS_URL: 'redis://:canary-env-1@127.0.0.1:6390' });
        expect(printed(module)).not.toMatch(/canary/);
      });
    });
  });
});
