import type { IRedisService } from '@org/redis-interface';
import { CacheKeyspace, isInNamespace } from '../calculations/CacheKeyspace.js';
import { decodeEntry, isClaim, isUsable } from '../calculations/entryText.js';
import type { BusInvalidation, BusMessage } from '../models/BusMessage.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { ResolvedCacheOptions } from '../models/ResolvedCacheOptions.js';
import { CacheBus } from './CacheBus.js';
import { CacheEventPublisher } from './CacheEventPublisher.js';
import { CircuitBreaker } from './CircuitBreaker.js';
import { KeyWaiters } from './KeyWaiters.js';
import { L1Store } from './L1Store.js';
import { L2Store } from './L2Store.js';
import type { Refresh } from './refreshEntry.js';

/**
 * What a cache and all its namespaces share: the two tiers, the breaker, the bus, the callers waiting for a
 * key, the single flights. Namespaces are views over one core.
 */
export class CacheCore {
  public readonly events: CacheEventPublisher;
  public readonly l1: L1Store;
  public readonly l2: L2Store;
  public readonly waiters = new KeyWaiters();
  /** Factory runs in flight in this process, by data key (single flight). */
  public readonly flights = new Map<string, Refresh>();
  private readonly bus: CacheBus | undefined;
  private starting: Promise<void> | undefined;
  private closedNow = false;
  private startedNow = false;

  public constructor(
    redis: IRedisService,
    public readonly options: ResolvedCacheOptions,
  ) {
    this.events = new CacheEventPublisher(options.name);
    this.l1 = new L1Store(options.l1);
    this.l2 = new L2Store(redis, new CircuitBreaker(options.breaker, this.events));
    this.bus = options.bus.enabled
      ? new CacheBus(redis, `${options.prefix}:bus`, options.bus.heartbeatMs, this.busListener(), this.events)
      : undefined;
    // Until the bus is subscribed, invalidations would be missed: L1 is not used.
    if (this.bus !== undefined) this.l1.setTrusted(false);
  }

  /** Subscribes the bus once; later calls share the first. @throws `CLOSED` after `close()`. */
  public start(): Promise<void> {
    if (this.closedNow) return Promise.reject(closedError());
    this.starting ??= (this.bus?.start() ?? Promise.resolve()).then(
      () => {
        if (this.startedNow) return;
        this.startedNow = true;
        // From now on the bus says when L1 cannot be trusted.
        this.l1.setTrusted(true);
      },
      (error: unknown) => {
        // A bus that cannot subscribe (Redis down at start) is retried by the next call, L1 unused meanwhile.
        this.starting = undefined;
        throw error;
      },
    );
    return this.starting;
  }

  /**
   * Before each call: nothing to wait for once started (`undefined`, so hot paths skip an await), else the
   * start, whose failure does not fail the call (it runs on Redis alone).
   * @throws {@link RedisCacheError} `CLOSED` after `close()`.
   */
  public ready(): Promise<void> | undefined {
    if (this.closedNow) throw closedError();
    if (this.startedNow) return undefined;
    return this.start().catch(() => undefined);
  }

  /** Stops the bus; every later call throws `CLOSED`. The IRedisService stays open: it is not ours. */
  public async close(): Promise<void> {
    this.closedNow = true;
    this.waiters.wakeAll();
    await this.bus?.close();
    this.l1.clear();
  }

  /** Tells the other instances (nothing without a bus). */
  public announce(invalidation: BusInvalidation): void {
    this.bus?.send(invalidation);
  }

  /**
   * Decodes an entry read from Redis.
   * @returns the entry, or `undefined` when it is past its grace period or is another instance's claim.
   * @throws {@link RedisCacheError} `UNDECODABLE_VALUE` when its text is not ours or the serializer refuses it.
   */
  public decode(key: string, text: string, now: number): { entry: CacheEntry; size: number } | undefined {
    if (isClaim(text)) return undefined;
    const encoded = decodeEntry(text);
    if (encoded === undefined)
      throw new RedisCacheError(
        'UNDECODABLE_VALUE',
        `The Redis key "${key}" does not hold a cache entry: another program wrote it.`,
      );
    if (!isUsable(encoded, now)) return undefined;
    let value: unknown;
    try {
      value = this.options.serializer.deserialize(encoded.payload);
    } catch (error) {
      throw new RedisCacheError(
        'UNDECODABLE_VALUE',
        `The value at "${key}" could not be deserialized (written with another serializer?).`,
        { cause: error },
      );
    }
    return {
      entry: { value, expiresAt: encoded.expiresAt, staleUntil: encoded.staleUntil, tags: encoded.tags },
      size: encoded.payload.length,
    };
  }

  private busListener() {
    return {
      invalidate: (message: BusMessage) => this.applyInvalidation(message),
      resync: () => this.l1.clear(),
      trust: (trusted: boolean) => this.l1.setTrusted(trusted),
      stored: (keys: readonly string[]) => this.waiters.wake(keys),
    };
  }

  private applyInvalidation(message: BusMessage): void {
    if (message.k !== undefined) this.l1.delete(message.k);
    if (message.t === 'c' && message.n !== undefined) {
      const path = message.n;
      this.l1.deleteWhere((key) => isInNamespace(this.options.prefix, path, key));
    }
    if (message.t === 'g' && message.n !== undefined && message.g !== undefined) {
      const start = new CacheKeyspace(this.options.prefix, message.n).dataPrefix;
      const tags = new Set(message.g);
      this.l1.deleteWhere((key, entry) => key.startsWith(start) && entry.tags.some((tag) => tags.has(tag)));
    }
  }
}

function closedError(): RedisCacheError {
  return new RedisCacheError('CLOSED', 'The cache was closed with close(): build a new RedisCache.');
}
