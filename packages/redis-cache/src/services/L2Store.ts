import type { IRedisService, RedisScript } from '@org/redis-interface';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { CircuitBreaker } from './CircuitBreaker.js';

/** A member is added to a tag set, whose lifetime is stretched to cover it (never shortened). */
const TAG_LUA = `redis.call('SADD', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/** The lock is deleted only by the holder whose token it still holds (a lease that ran out went to another). */
const RELEASE_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * KEYS: value, lock (one slot). A fresh value is returned as it is ({1, text}); else the lock is tried, and
 * the stale text, if any, comes back with the outcome: {2, text} locked, {0, text} held by another. Fresh
 * means its header's expiry (the digits before the first U+001F) is after ARGV[3], the caller's clock.
 */
const LOCK_OR_READ_LUA = `local text = redis.call('GET', KEYS[1])
if text then
  local cut = string.find(text, '\\031', 1, true)
  local expires = cut and tonumber(string.sub(text, 1, cut - 1))
  if expires and expires > tonumber(ARGV[3]) then return {1, text} end
end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {2, text or false} end
return {0, text or false}`;

/** KEYS: value, lock (one slot). Stores the value and frees the lock if this token still holds it. */
const STORE_AND_RELEASE_LUA = `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1`;

/** What {@link L2Store.lockOrRead} found: the value fresh, or the lock taken or not, with the stale text. */
export interface LockOrRead {
  readonly outcome: 'fresh' | 'locked' | 'held';
  readonly text: string | null;
}

/** A lock this caller holds: released with the write of the value. */
export interface HeldLock {
  readonly key: string;
  readonly token: string;
}

/** How many keys one UNLINK of `clear()` carries. */
const CLEAR_BATCH = 500;

/**
 * The Redis tier, every call through the circuit breaker: a failure (or an open breaker) rejects with
 * `L2_UNAVAILABLE`, its cause the layer's `RedisError`. Only single-key commands, scripts on one key or on
 * a value and its lock (one slot, see `slotTag`), the layer's split commands (MGET, UNLINK) and its
 * whole-keyspace SCAN: correct on a cluster as is.
 */
export class L2Store {
  private readonly tagScript: RedisScript<readonly [string, number], number>;
  private readonly releaseScript: RedisScript<readonly [string], number>;
  private readonly lockOrReadScript: RedisScript<readonly [string, number, number], [number, string | null]>;
  private readonly storeScript: RedisScript<readonly [string, number, string], number>;

  public constructor(
    private readonly redis: IRedisService,
    private readonly breaker: CircuitBreaker,
  ) {
    this.tagScript = redis.defineScript({ name: 'org-redis-cache:tag', lua: TAG_LUA, keys: 1 });
    this.releaseScript = redis.defineScript({ name: 'org-redis-cache:release', lua: RELEASE_LUA, keys: 1 });
    this.lockOrReadScript = redis.defineScript({
      name: 'org-redis-cache:lock-or-read',
      lua: LOCK_OR_READ_LUA,
      keys: 2,
    });
    this.storeScript = redis.defineScript({
      name: 'org-redis-cache:store',
      lua: STORE_AND_RELEASE_LUA,
      keys: 2,
    });
  }

  /** GET. */
  public read(key: string): Promise<string | null> {
    return this.run(() => this.redis.get(key));
  }

  /** MGET (split per slot by the layer in cluster mode). */
  public readMany(keys: readonly string[]): Promise<(string | null)[]> {
    return this.run(() => this.redis.mget(keys));
  }

  /**
   * Stores an entry: tag sets first, then the value, so that a `deleteByTag` running meanwhile either sees
   * the key in the set or runs before the value exists.
   * @param tagKeys - the tag sets to add `key` to.
   * @param lock - a lock this caller holds on the key: freed in the same script as the write.
   */
  public async write(
    key: string,
    text: string,
    ttlMs: number,
    tagKeys: readonly string[],
    lock?: HeldLock,
  ): Promise<void> {
    await this.run(async () => {
      if (tagKeys.length > 0)
        await Promise.all(tagKeys.map((tagKey) => this.tagScript.run([tagKey], [key, ttlMs])));
      if (lock === undefined) await this.redis.set(key, text, { ttl: { milliseconds: ttlMs } });
      else await this.storeScript.run([key, lock.key], [text, ttlMs, lock.token]);
    });
  }

  /**
   * In one script: the value if fresh, else the lock if free (SET NX PX), with the stale text either way.
   * @param now - the caller's clock, against which the value's expiry is compared.
   */
  public lockOrRead(key: string, lock: HeldLock, leaseMs: number, now: number): Promise<LockOrRead> {
    return this.run(async () => {
      const [code, text] = await this.lockOrReadScript.run([key, lock.key], [lock.token, leaseMs, now]);
      return { outcome: code === 1 ? 'fresh' : code === 2 ? 'locked' : 'held', text };
    });
  }

  /** UNLINK (split per slot in cluster mode). @returns how many existed. */
  public remove(keys: readonly string[]): Promise<number> {
    return keys.length === 0 ? Promise.resolve(0) : this.run(() => this.redis.unlink(keys));
  }

  /** SMEMBERS of a tag set. */
  public members(tagKey: string): Promise<string[]> {
    return this.run(() => this.redis.smembers(tagKey));
  }

  /**
   * Deletes every key matching the patterns on every master (the layer's SCAN visits all of them), in
   * batches of UNLINK. @returns how many were deleted.
   */
  public clear(patterns: readonly string[]): Promise<number> {
    return this.run(async () => {
      let deleted = 0;
      for (const match of patterns) {
        let batch: string[] = [];
        for await (const key of this.redis.scan({ match, count: 1000 })) {
          batch.push(key);
          if (batch.length < CLEAR_BATCH) continue;
          deleted += await this.redis.unlink(batch);
          batch = [];
        }
        if (batch.length > 0) deleted += await this.redis.unlink(batch);
      }
      return deleted;
    });
  }

  /**
   * SET NX PX on the value's own key: true when this caller now holds the cold key's claim.
   * @param claim - the claim text (see `CLAIM_MARK`), which {@link L2Store.release} compares.
   */
  public claim(key: string, claim: string, leaseMs: number): Promise<boolean> {
    return this.run(
      async () =>
        (await this.redis.set(key, claim, { condition: 'NX', ttl: { milliseconds: leaseMs } })) === 'OK',
    );
  }

  /** Frees the lock if this token still holds it. */
  public async release(lock: HeldLock): Promise<void> {
    await this.run(() => this.releaseScript.run([lock.key], [lock.token]));
  }

  private async run<T>(call: () => Promise<T>): Promise<T> {
    if (!this.breaker.allows())
      throw new RedisCacheError(
        'L2_UNAVAILABLE',
        'Redis is skipped for now: the cache breaker is open after repeated failures.',
      );
    try {
      const result = await call();
      this.breaker.succeeded();
      return result;
    } catch (error) {
      this.breaker.failed();
      throw new RedisCacheError('L2_UNAVAILABLE', `Redis failed: ${messageOf(error)}`, { cause: error });
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
