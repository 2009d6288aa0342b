import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { clusterOptions } from '../src/calculations/clusterOptions.js';

const config = validateRedisConfig({
  mode: 'cluster',
  nodes: [{ host: '127.0.0.1', port: 7000 }],
  keyPrefix: 'app:',
  password: 'secret',
}) as RedisClusterConfig;

describe(clusterOptions, () => {
  describe('having a key prefix and a password', () => {
    const options = clusterOptions(config);

    it('should pass both to the node connections', () => {
      expect([options.redisOptions?.keyPrefix, options.redisOptions?.password]).toStrictEqual([
        'app:',
        'secret',
      ]);
    });

    it('should connect lazily, with auto-pipelining on by default', () => {
      expect([options.lazyConnect, options.enableAutoPipelining]).toStrictEqual([true, true]);
    });
  });
});
