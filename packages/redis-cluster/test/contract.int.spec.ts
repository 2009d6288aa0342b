import type { RedisClusterConfig } from '@org/redis-interface';
import { describeRedisContract } from '@org/redis-testkit';
import { RedisClusterService } from '@org/redis-cluster';

describeRedisContract({
  mode: 'cluster',
  createService: (config) => new RedisClusterService(config as RedisClusterConfig),
});
