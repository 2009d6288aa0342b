// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * The cluster driver: {@link RedisClusterService} implements `IRedisService` over a Redis Cluster.
 *
 * @packageDocumentation
 */
export { RedisClusterService } from './services/RedisClusterService.js';
export { clusterOptions } from './calculations/clusterOptions.js';
export type { PlainClusterOptions } from './calculations/clusterOptions.js';
