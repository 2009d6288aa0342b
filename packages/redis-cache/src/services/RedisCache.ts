import type { IRedisService } from '@org/redis-interface';
import { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import { resolveCacheOptions } from '../calculations/resolveCacheOptions.js';
import type {
  CacheFactory,
  CacheGetOrSetOptions,
  CacheReadOptions,
  CacheWriteOptions,
} from '../models/CacheEntryOptions.js';
import type { IRedisCache } from '../models/IRedisCache.js';
import type { RedisCacheOptions } from '../models/RedisCacheOptions.js';
import { CacheCore } from './CacheCore.js';
import { CacheView } from './CacheView.js';

/**
 * A two-tier cache over any `IRedisService` (standalone, cluster, migrating): see {@link IRedisCache} for
 * what each member guarantees. Build one per cache name and process, share it.
 *
 * @example
 * ```ts
 * const cache = new RedisCache(redis, { name: 'catalog', ttlMs: 60_000, graceMs: 600_000 });
 * const product = await cache.getOrSet(`product:${id}`, () => db.product(id), { tags: [`shop:${shopId}`] });
 * await cache.deleteByTag(`shop:${shopId}`);
 * ```
 */
export class RedisCache implements IRedisCache {
  private readonly core: CacheCore;
  private readonly root: CacheView;

  /**
   * Builds the cache; nothing is sent to Redis until {@link RedisCache.start} or the first call.
   * @param redis - the layer's service, connected or about to be (the cache never quits it).
   * @param options - name, defaults, tiers, bus, lock, breaker, serializer.
   * @throws {@link RedisCacheError} `INVALID_OPTIONS` naming the option to fix.
   */
  public constructor(redis: IRedisService, options: RedisCacheOptions) {
    const resolved = resolveCacheOptions(options);
    this.core = new CacheCore(redis, resolved);
    this.root = new CacheView(this.core, new CacheKeyspace(resolved.prefix, ''));
  }

  /** The cache's name. */
  public get name(): string {
    return this.core.options.name;
  }

  /** `''`: the cache itself is the root namespace. */
  public get namespacePath(): string {
    return '';
  }

  /**
   * Subscribes the invalidation bus now (every member does it on first use otherwise); until it is
   * subscribed L1 is not used, so nothing stale can be served from it.
   * @throws the layer's `RedisError` when subscribing fails (calls still work, on Redis alone, and retry it).
   */
  public start(): Promise<void> {
    return this.core.start();
  }

  /**
   * Unsubscribes the bus and empties L1; every later call throws `CLOSED`. The `IRedisService` is left
   * open: quit it yourself (after the cache).
   */
  public close(): Promise<void> {
    return this.core.close();
  }

  /** {@inheritDoc IRedisCache.getOrSet} */
  public getOrSet<T>(key: string, factory: CacheFactory<T>, options?: CacheGetOrSetOptions): Promise<T> {
    return this.root.getOrSet(key, factory, options);
  }

  /** {@inheritDoc IRedisCache.get} */
  public get<T>(key: string, options?: CacheReadOptions): Promise<T | undefined> {
    return this.root.get(key, options);
  }

  /** {@inheritDoc IRedisCache.getMany} */
  public getMany<T>(keys: readonly string[], options?: CacheReadOptions): Promise<(T | undefined)[]> {
    return this.root.getMany(keys, options);
  }

  /** {@inheritDoc IRedisCache.set} */
  public set(
    key: string,
    value: unknown,
    options?: CacheWriteOptions & Pick<CacheGetOrSetOptions, 'throwOnL2Error'>,
  ): Promise<void> {
    return this.root.set(key, value, options);
  }

  /** {@inheritDoc IRedisCache.has} */
  public has(key: string): Promise<boolean> {
    return this.root.has(key);
  }

  /** {@inheritDoc IRedisCache.delete} */
  public delete(key: string): Promise<boolean> {
    return this.root.delete(key);
  }

  /** {@inheritDoc IRedisCache.deleteMany} */
  public deleteMany(keys: readonly string[]): Promise<number> {
    return this.root.deleteMany(keys);
  }

  /** {@inheritDoc IRedisCache.deleteByTag} */
  public deleteByTag(tag: string): Promise<number> {
    return this.root.deleteByTag(tag);
  }

  /** {@inheritDoc IRedisCache.deleteByTags} */
  public deleteByTags(tags: readonly string[]): Promise<number> {
    return this.root.deleteByTags(tags);
  }

  /** {@inheritDoc IRedisCache.namespace} */
  public namespace(name: string): IRedisCache {
    return this.root.namespace(name);
  }

  /** {@inheritDoc IRedisCache.clear} */
  public clear(): Promise<number> {
    return this.root.clear();
  }
}
