import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import { isFresh } from '../calculations/entryText.js';
import { resolveEntryOptions } from '../calculations/resolveEntryOptions.js';
import { validateCacheKey, validateCacheKeys } from '../calculations/validateCacheKey.js';
import type {
  CacheFactory,
  CacheGetOrSetOptions,
  CacheReadOptions,
  CacheWriteOptions,
} from '../models/CacheEntryOptions.js';
import type { BusInvalidation } from '../models/BusMessage.js';
import type { IRedisCache } from '../models/IRedisCache.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { CacheCore } from './CacheCore.js';
import { getOrSetFlow } from './getOrSetFlow.js';
import { readEntry } from './readEntry.js';
import { readMany } from './readMany.js';
import { serializeValue, writeEntry } from './writeEntry.js';

/** A cache or one of its namespaces: {@link IRedisCache} over a shared {@link CacheCore}. */
export class CacheView implements IRedisCache {
  public constructor(
    private readonly core: CacheCore,
    private readonly keyspace: CacheKeyspace,
  ) {}

  public get namespacePath(): string {
    return this.keyspace.path;
  }

  public async getOrSet<T>(
    key: string,
    factory: CacheFactory<T>,
    options?: CacheGetOrSetOptions,
  ): Promise<T> {
    validateCacheKey(key);
    if (typeof factory !== 'function')
      throw new RedisCacheError(
        'INVALID_ENTRY_OPTIONS',
        `getOrSet("${key}") needs a factory function as its second argument.`,
      );
    const resolved = resolveEntryOptions(options, this.core.options);
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    return getOrSetFlow(this.core, this.keyspace, key, factory, resolved);
  }

  public async get<T>(key: string, options?: CacheReadOptions): Promise<T | undefined> {
    validateCacheKey(key);
    const throwOnL2Error = options?.throwOnL2Error ?? this.core.options.throwOnL2Error;
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    const { found } = await readEntry(this.core, this.keyspace.dataKey(key), {
      throwOnL2Error,
      operation: 'get',
      undecodableIsMiss: false,
    });
    if (found !== undefined && (options?.allowStale === true || isFresh(found.entry, Date.now()))) {
      this.core.events.publish({ event: 'hit', tier: found.tier });
      return found.entry.value as T;
    }
    this.core.events.publish({ event: 'miss' });
    return undefined;
  }

  public async getMany<T>(keys: readonly string[], options?: CacheReadOptions): Promise<(T | undefined)[]> {
    const dataKeys = validateCacheKeys(keys).map((key) => this.keyspace.dataKey(key));
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    return readMany<T>(
      this.core,
      dataKeys,
      options?.allowStale === true,
      options?.throwOnL2Error ?? this.core.options.throwOnL2Error,
    );
  }

  public async set(
    key: string,
    value: unknown,
    options?: CacheWriteOptions & Pick<CacheGetOrSetOptions, 'throwOnL2Error'>,
  ): Promise<void> {
    validateCacheKey(key);
    const resolved = resolveEntryOptions(options, this.core.options);
    const payload = serializeValue(this.core, key, value);
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    await writeEntry(this.core, this.keyspace, key, payload, value, resolved, 'set');
  }

  public async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  public async delete(key: string): Promise<boolean> {
    return (await this.deleteMany([key])) > 0;
  }

  public async deleteMany(keys: readonly string[]): Promise<number> {
    const dataKeys = validateCacheKeys(keys).map((key) => this.keyspace.dataKey(key));
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    return this.removeThenAnnounce(
      () => this.core.l1.delete(dataKeys),
      () => this.core.l2.remove(dataKeys),
      { t: 'd', k: dataKeys },
    );
  }

  public deleteByTag(tag: string): Promise<number> {
    return this.deleteByTags([tag]);
  }

  public async deleteByTags(tags: readonly string[]): Promise<number> {
    const unique = [...new Set(validateCacheKeys(tags, 'tag'))];
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    const prefix = this.keyspace.dataPrefix;
    const wanted = new Set(unique);
    const tagKeys = unique.map((tag) => this.keyspace.tagKey(tag));
    return this.removeThenAnnounce(
      () =>
        this.core.l1.deleteWhere(
          (key, entry) => key.startsWith(prefix) && entry.tags.some((tag) => wanted.has(tag)),
        ),
      async () => {
        const members = await Promise.all(tagKeys.map((tagKey) => this.core.l2.members(tagKey)));
        const deleted = await this.core.l2.remove([...new Set(members.flat())]);
        await this.core.l2.remove(tagKeys);
        return deleted;
      },
      { t: 'g', n: this.keyspace.path, g: unique },
    );
  }

  public namespace(name: string): IRedisCache {
    return new CacheView(this.core, this.keyspace.child(name));
  }

  public async clear(): Promise<number> {
    const ready = this.core.ready();
    if (ready !== undefined) await ready;
    return this.removeThenAnnounce(
      () => this.core.l1.deleteWhere((key) => this.keyspace.holds(key)),
      () => this.core.l2.clear(this.keyspace.clearPatterns),
      { t: 'c', n: this.keyspace.path },
    );
  }

  /**
   * Drops from L1, removes from Redis, then drops from L1 again (reads that ran meanwhile) and tells the
   * other instances. Told after Redis, else one could read the old value back into its L1; told even when
   * Redis failed, so that no instance keeps answering the old value from memory.
   */
  private async removeThenAnnounce(
    dropLocal: () => void,
    remove: () => Promise<number>,
    invalidation: BusInvalidation,
  ): Promise<number> {
    dropLocal();
    try {
      return await remove();
    } finally {
      dropLocal();
      this.core.announce(invalidation);
    }
  }
}
