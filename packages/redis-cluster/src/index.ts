/**
 * The cluster driver: {@link RedisClusterService} implements `IRedisService` over a Redis Cluster.
 *
 * @packageDocumentation
 */
export { RedisClusterService } from './services/RedisClusterService.js';
