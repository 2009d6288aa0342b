// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * `@org/redis-cache`: a two-tier cache (memory LRU + Redis through `IRedisService`) that stays correct on a
 * Redis Cluster.
 * @packageDocumentation
 */
export { RedisCache } from './services/RedisCache.js';
export { RedisCacheContainerModule } from './services/RedisCacheContainerModule.js';
export type { RedisCacheBinding } from './services/RedisCacheContainerModule.js';
export { redisCacheIdentifierFor } from './models/identifiers.js';
export type { IRedisCache } from './models/IRedisCache.js';
export type {
  RedisCacheBreakerOptions,
  RedisCacheBusOptions,
  RedisCacheL1Options,
  RedisCacheLockOptions,
  RedisCacheOptions,
} from './models/RedisCacheOptions.js';
export type {
  CacheFactory,
  CacheFactoryContext,
  CacheGetOrSetOptions,
  CacheReadOptions,
  CacheWriteOptions,
} from './models/CacheEntryOptions.js';
export type { CacheSerializer } from './models/CacheSerializer.js';
export { jsonCacheSerializer } from './calculations/jsonCacheSerializer.js';
export { RedisCacheError } from './models/RedisCacheError.js';
export { redisCacheErrorCodes } from './models/redisCacheErrorCodes.js';
export type { RedisCacheErrorCode } from './models/redisCacheErrorCodes.js';
