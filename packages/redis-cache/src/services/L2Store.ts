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

/** How many keys one UNLINK of `clear()` carries. */
const CLEAR_BATCH = 500;

/**
 * The Redis tier, every call through the circuit breaker: a failure (or an open breaker) rejects with
 * `L2_UNAVAILABLE`, its cause the layer's `RedisError`. Only single-key commands, scripts on one key and
 * the layer's split commands (MGET, UNLINK) and whole-keyspace SCAN: correct on a cluster as is.
 */
export class L2Store {
  private readonly tagScript: RedisScript<readonly [string, number], number>;
  private readonly releaseScript: RedisScript<readonly [string], number>;

  public constructor(
    private readonly redis: IRedisService,
    private readonly breaker: CircuitBreaker,
  ) {
    this.tagScript = redis.defineScript({ name: 'org-redis-cache:tag', lua: TAG_LUA, keys: 1 });
    this.releaseScript = redis.defineScript({ name: 'org-redis-cache:release', lua: RELEASE_LUA, keys: 1 });
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
   */
  public async write(key: string, text: string, ttlMs: number, tagKeys: readonly string[]): Promise<void> {
    await this.run(async () => {
      if (tagKeys.length > 0)
        await Promise.all(tagKeys.map((tagKey) => this.tagScript.run([tagKey], [key, ttlMs])));
      await this.redis.set(key, text, { ttl: { milliseconds: ttlMs } });
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

  /** SET NX PX: true when this caller now holds the lock. */
  public acquire(lockKey: string, token: string, leaseMs: number): Promise<boolean> {
    return this.run(
      async () =>
        (await this.redis.set(lockKey, token, { condition: 'NX', ttl: { milliseconds: leaseMs } })) === 'OK',
    );
  }

  /** Frees the lock if this token still holds it. */
  public async release(lockKey: string, token: string): Promise<void> {
    await this.run(() => this.releaseScript.run([lockKey], [token]));
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
