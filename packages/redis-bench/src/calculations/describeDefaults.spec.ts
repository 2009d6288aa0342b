import {
  validateRedisConfig,
  type RedisClusterConfig,
  type RedisStandaloneConfig,
} from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { describeDefaults } from './describeDefaults.js';

describe(describeDefaults, () => {
  describe('having the configs validateRedisConfig fills', () => {
    it('should say auto-pipelining is on, as the schema defaults it', () => {
      const standalone = validateRedisConfig({ mode: 'standalone' }) as RedisStandaloneConfig;
      const cluster = validateRedisConfig({
        mode: 'cluster',
        nodes: [{ host: 'a', port: 1 }],
      }) as RedisClusterConfig;
      expect(describeDefaults(standalone, cluster)[0]).toMatch(/^auto-pipelining on /);
    });
  });
});
