/**
 * DI identifier of the cache named `name`, as bound by {@link RedisCacheContainerModule}.
 *
 * @remarks
 * Created with `Symbol.for`, so two copies of this package in one process agree on it.
 */
export function redisCacheIdentifierFor(name: string): symbol {
  return Symbol.for(`@org/redis-cache/RedisCache/${name}`);
}
