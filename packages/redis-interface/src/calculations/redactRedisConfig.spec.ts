import { describe, expect, it } from 'vitest';
import type { RedisConfig } from '../models/config/RedisConfig.js';
import { redactRedisConfig } from './redactRedisConfig.js';

const common = {
  keyPrefix: '',
  connectTimeoutMs: 10_000,
  commandTimeoutMs: 5_000,
  maxRetriesPerRequest: 3,
  reconnectInitialDelayMs: 50,
  reconnectMaxDelayMs: 200,
  enableAutoPipelining: true,
  strictCrossSlot: false,
  maxDedicatedConnections: 50,
};

const config: RedisConfig = {
  ...common,
  mode: 'standalone',
  host: 'cache',
  port: 6379,
  db: 0,
  username: 'app',
  password: 's3cret',
  tls: { ca: 'CA', cert: 'CERT', key: 'PRIVATE KEY', rejectUnauthorized: true },
};

describe(redactRedisConfig, () => {
  describe('having a password and a TLS key', () => {
    it('should mask both and keep everything else', () => {
      expect(redactRedisConfig(config)).toStrictEqual({
        ...config,
        password: '***',
        tls: { ca: 'CA', cert: 'CERT', key: '***', rejectUnauthorized: true },
      });
    });

    it('should not modify the input', () => {
      redactRedisConfig(config);
      expect(config.password).toBe('s3cret');
    });
  });

  describe('having no secrets', () => {
    it('should return an equal configuration', () => {
      const plain: RedisConfig = {
        ...common,
        mode: 'cluster',
        nodes: [{ host: 'a', port: 1 }],
        scaleReads: 'master',
        natMap: {},
        shardedPubSub: false,
        tls: false,
      };
      expect(redactRedisConfig(plain)).toStrictEqual(plain);
    });
  });
});
