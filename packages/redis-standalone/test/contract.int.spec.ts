import type { RedisStandaloneConfig } from '@org/redis-interface';
import { describeRedisContract } from '@org/redis-testkit';
import { RedisStandaloneService } from '@org/redis-standalone';

describeRedisContract({
  mode: 'standalone',
  createService: (config) => new RedisStandaloneService(config as RedisStandaloneConfig),
});
