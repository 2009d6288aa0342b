/**
 * The cluster driver: {@link RedisClusterService} implements `IRedisService` over a Redis Cluster.
 *
 * @packageDocumentation
 */
export { RedisClusterService } from './services/RedisClusterService.js';
export { clusterOptions } from './calculations/clusterOptions.js';
export type { PlainClusterOptions } from './calculations/clusterOptions.js';
