import { redisServiceIdentifier, redisServiceIdentifierFor, type IRedisService } from '@org/redis-interface';
import { ContainerModule } from 'inversify';
import { redisCacheIdentifierFor } from '../models/identifiers.js';
import type { RedisCacheOptions } from '../models/RedisCacheOptions.js';
import { resolveCacheOptions } from '../calculations/resolveCacheOptions.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import { RedisCache } from './RedisCache.js';

/** One cache of {@link RedisCacheContainerModule}: its options, and the named Redis client it runs on. */
export interface RedisCacheBinding extends RedisCacheOptions {
  /** The `RedisContainerModule` client to use (`cache` → `redisServiceIdentifierFor('cache')`). Default: the default client. */
  readonly client?: string;
}

/**
 * Binds named caches in an Inversify container, next to the factory's `RedisContainerModule` (which binds the
 * `IRedisService` they run on): `container.get(redisCacheIdentifierFor('catalog'))` once that module is
 * connected (`await redisModule.connect()`), else `container.getAsync(...)`. Each cache is a singleton, built
 * when first resolved; {@link RedisCacheContainerModule.close} closes those built.
 */
export class RedisCacheContainerModule extends ContainerModule {
  private readonly built: RedisCache[] = [];

  /**
   * @param caches - the caches to bind (options checked now).
   * @throws {@link RedisCacheError} `INVALID_OPTIONS` for bad options or two caches with one name.
   */
  public constructor(caches: readonly RedisCacheBinding[]) {
    const names = new Set<string>();
    for (const cache of caches) {
      const { name } = resolveCacheOptions(cache);
      if (names.has(name))
        throw new RedisCacheError(
          'INVALID_OPTIONS',
          `Two caches are named "${name}": give each a name of its own.`,
        );
      names.add(name);
    }
    super((options) => {
      for (const { client, ...cacheOptions } of caches) {
        const serviceId = client === undefined ? redisServiceIdentifier : redisServiceIdentifierFor(client);
        options
          .bind<RedisCache>(redisCacheIdentifierFor(cacheOptions.name))
          .toDynamicValue((context) => {
            const build = (redis: IRedisService): RedisCache => {
              const cache = new RedisCache(redis, cacheOptions);
              this.built.push(cache);
              return cache;
            };
            // Synchronous once the RedisContainerModule is connected; before that the client resolves
            // asynchronously, and so does the cache (container.getAsync).
            try {
              return build(context.get<IRedisService>(serviceId));
            } catch {
              return context.getAsync<IRedisService>(serviceId).then(build);
            }
          })
          .inSingletonScope();
      }
    });
  }

  /** Closes every cache built so far (before the Redis clients are shut down). */
  public async close(): Promise<void> {
    await Promise.all(this.built.splice(0).map((cache) => cache.close()));
  }
}
