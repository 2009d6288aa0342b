import { RedisClusterService } from '@org/redis-cluster';
import {
  validateRedisConfig,
  type RedisClusterConfig,
  type RedisStandaloneConfig,
} from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { diffOptions } from '../calculations/diffOptions.js';
import { sameClusterOptions, sameStandaloneOptions } from './ioredisOptions.js';

// Nothing connects: both drivers and raw ioredis connect lazily, so their options can be compared
// without a server. This is the same comparison the bench makes on its live clients.

describe(sameStandaloneOptions, () => {
  describe('having the default standalone config', () => {
    it("should give raw ioredis exactly ours' options", async () => {
      const config = validateRedisConfig({
        mode: 'standalone',
        host: '127.0.0.1',
        port: 1,
      }) as RedisStandaloneConfig;
      const ours = new RedisStandaloneService(config);
      const raw = new Redis(sameStandaloneOptions(config));
      const drift = diffOptions(ours.nativeClient().options, raw.options);
      await ours.disconnect();
      raw.disconnect();
      expect(drift).toStrictEqual([]);
    });
  });
});

describe(sameClusterOptions, () => {
  describe('having a cluster config with a key prefix and a short timeout', () => {
    it("should give raw ioredis exactly ours' options", async () => {
      const config = validateRedisConfig({
        mode: 'cluster',
        nodes: [{ host: '127.0.0.1', port: 1 }],
        keyPrefix: 'app:',
        commandTimeoutMs: 250,
      }) as RedisClusterConfig;
      const ours = new RedisClusterService(config);
      const raw = new Cluster([{ host: '127.0.0.1', port: 1 }], sameClusterOptions(config));
      const drift = diffOptions(ours.nativeClient().options, raw.options);
      await ours.disconnect();
      raw.disconnect();
      expect(drift).toStrictEqual([]);
    });
  });
});
