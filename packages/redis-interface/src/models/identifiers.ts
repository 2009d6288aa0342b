/**
 * DI identifier of the application's {@link IRedisService} (e.g. an Inversify service identifier).
 *
 * @remarks
 * Created with `Symbol.for`, so two copies of this package in one process agree on it.
 */
export const redisServiceIdentifier: unique symbol = Symbol.for('@org/redis-interface/RedisService');

/**
 * DI identifier of the validated {@link RedisConfig} the service was built from (a
 * {@link RedisMigratingConfig} for a migrating client).
 *
 * @remarks
 * Created with `Symbol.for`, so two copies of this package in one process agree on it. Bound values hold the
 * password: log them through {@link redactRedisConfig} (`redactRedisClientConfig` for either kind).
 */
export const redisConfigIdentifier: unique symbol = Symbol.for('@org/redis-interface/RedisConfig');
