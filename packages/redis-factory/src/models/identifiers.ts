/** DI identifier of the {@link RedisFactoryService} bound by {@link RedisContainerModule}. */
export const redisFactoryIdentifier: unique symbol = Symbol.for('@org/redis-factory/RedisFactoryService');

/** DI identifier of the {@link RedisClients} (every named client of the module, for health and shutdown). */
export const redisClientsIdentifier: unique symbol = Symbol.for('@org/redis-factory/RedisClients');

/** Name of the client bound to the plain `redisServiceIdentifier` (configured by `REDIS_*`). */
export const DEFAULT_CLIENT = 'default';
