import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { clusterOptions } from '../src/calculations/clusterOptions.js';
import { replicasFromClusterNodes } from '../src/calculations/replicasFromClusterNodes.js';

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

describe(replicasFromClusterNodes, () => {
  describe('having a healthy and a failed replica', () => {
    const text = [
      'a1 127.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-16383',
      'b2 127.0.0.1:7001@17001 slave a1 0 1 1 connected',
      'c3 127.0.0.1:7002@17002 slave,fail a1 0 1 1 disconnected',
    ].join('\n');

    it('should report each replica with its status', () => {
      expect(replicasFromClusterNodes(text).map((node) => `${node.address} ${node.status}`)).toStrictEqual([
        '127.0.0.1:7001 up',
        '127.0.0.1:7002 down',
      ]);
    });
  });
});
