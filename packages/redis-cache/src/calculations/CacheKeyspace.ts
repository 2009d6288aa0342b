import { RedisCacheError } from '../models/RedisCacheError.js';
import { slotTag } from './slotTag.js';

const NAMESPACE = /^[A-Za-z0-9_-]{1,64}$/u;

/**
 * Where a cache and one of its namespaces keep their keys. The namespace path is the names joined by `.`
 * (empty at the root); no name contains `:`, so `<prefix>:d:<path>:<key>{tag}` never collides across
 * namespaces whatever the key holds. The `{tag}` ({@link slotTag}) puts a value and its lock in one slot and
 * spreads keys over the slots of a cluster; multi-key reads and deletes go through the layer's split
 * commands.
 */
export class CacheKeyspace {
  /**
   * @param prefix - `cache:<name>`.
   * @param path - the namespace path, `''` at the root.
   */
  public constructor(
    public readonly prefix: string,
    public readonly path: string,
  ) {}

  /**
   * The keyspace of a namespace inside this one.
   * @throws {@link RedisCacheError} `INVALID_OPTIONS` for a name that is not 1 to 64 letters, digits, `_` or `-`.
   */
  public child(name: unknown): CacheKeyspace {
    if (typeof name !== 'string' || !NAMESPACE.test(name))
      throw new RedisCacheError(
        'INVALID_OPTIONS',
        `A namespace name must be 1 to 64 letters, digits, "_" or "-", got ${typeof name === 'string' ? JSON.stringify(name) : typeof name}.`,
      );
    return new CacheKeyspace(this.prefix, this.path === '' ? name : `${this.path}.${name}`);
  }

  /** The Redis key of a value. */
  public dataKey(key: string): string {
    return `${this.prefix}:d:${this.path}:${key}${slotTag(key)}`;
  }

  /** The Redis key of the set of data keys carrying `tag` in this namespace. */
  public tagKey(tag: string): string {
    return `${this.prefix}:t:${this.path}:${tag}`;
  }

  /** The Redis key of the refresh lock of a value: in the value's slot. */
  public lockKey(key: string): string {
    return `${this.prefix}:l:${this.path}:${key}${slotTag(key)}`;
  }

  /** The start of this namespace's data keys (in L1 too), nested namespaces not included. */
  public get dataPrefix(): string {
    return `${this.prefix}:d:${this.path}:`;
  }

  /**
   * SCAN patterns that match every value and tag set of this namespace and of the namespaces inside it (the
   * root's match the whole cache). Names hold no glob character, so nothing needs escaping.
   */
  public get clearPatterns(): readonly string[] {
    if (this.path === '') return [`${this.prefix}:[dt]:*`];
    return [`${this.prefix}:[dt]:${this.path}:*`, `${this.prefix}:[dt]:${this.path}.*`];
  }

  /** True when an L1 key belongs to this namespace or one inside it. */
  public holds(dataKey: string): boolean {
    return isInNamespace(this.prefix, this.path, dataKey);
  }
}

/**
 * True when a data key belongs to the namespace at `path` or one inside it (every key of the cache for `''`).
 * @param prefix - `cache:<name>`.
 */
export function isInNamespace(prefix: string, path: string, dataKey: string): boolean {
  if (path === '') return dataKey.startsWith(`${prefix}:d:`);
  const start = `${prefix}:d:${path}`;
  if (!dataKey.startsWith(start)) return false;
  const next = dataKey.charAt(start.length);
  return next === ':' || next === '.';
}
