import { randomBytes } from 'node:crypto';
import type { IRedisService, Subscription } from '@org/redis-interface';
import { BusSequence } from '../calculations/BusSequence.js';
import { parseBusMessage } from '../calculations/parseBusMessage.js';
import type { BusInvalidation, BusMessage } from '../models/BusMessage.js';
import type { CacheEventPublisher } from './CacheEventPublisher.js';

/** What the bus asks of the cache. */
export interface CacheBusListener {
  /** A peer's invalidation (own ones are applied locally before sending). */
  invalidate(message: BusMessage): void;
  /** Messages may have been lost: drop the whole L1. */
  resync(): void;
  /** The bus is down (false: stop using L1) or back (true). */
  trust(trusted: boolean): void;
  /** A value was stored for these data keys, by anyone (wakes callers waiting for it). */
  stored(keys: readonly string[]): void;
}

const KIND = { s: 'set', d: 'delete', g: 'tags', c: 'clear' } as const;
const CLOSE_WAIT_MS = 1_000;
/** Most keys in one batched invalidation message. */
const MAX_BATCH_KEYS = 500;

/**
 * Invalidations between instances over the layer's pub/sub (sharded in cluster mode when the client config
 * has `shardedPubSub`), with loss detection: numbered messages and a heartbeat (see {@link BusSequence}).
 * Pub/sub is at most once; what this adds is knowing when "at most" was "not at all".
 */
export class CacheBus {
  private readonly sequence = new BusSequence(randomBytes(8).toString('hex'));
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private trusted = true;
  private closed = false;
  private readonly batches: Record<'s' | 'd', string[]> = { s: [], d: [] };
  private flushScheduled = false;

  public constructor(
    private readonly redis: IRedisService,
    private readonly channel: string,
    private readonly heartbeatMs: number,
    private readonly listener: CacheBusListener,
    private readonly events: CacheEventPublisher,
  ) {}

  /** Subscribes and starts the heartbeat. @throws the layer's `RedisError` when subscribing fails. */
  public async start(): Promise<void> {
    const subscription = await this.redis.subscribe(this.channel, (text) => this.receive(text));
    if (this.closed) {
      // close() ran while subscribing: nothing may stay subscribed or beating.
      await subscription.unsubscribe().catch(() => undefined);
      return;
    }
    this.subscription = subscription;
    // Two beats per interval, each checking that the previous one came back (an echo takes milliseconds;
    // a quarter of the interval is the allowance): an instance whose subscriber
    // connection is down stops trusting L1 within heartbeatMs.
    this.timer = setInterval(() => this.beat(), this.heartbeatMs / 2);
    // The heartbeat must not keep a process alive that has nothing else to do.
    this.timer.unref();
    this.beat();
  }

  /** Stops the heartbeat and unsubscribes. */
  public async close(): Promise<void> {
    this.flush('d');
    this.flush('s');
    this.closed = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    const subscription = this.subscription;
    this.subscription = undefined;
    if (subscription === undefined) return;
    // Bounded: with every node of a cluster down, the layer's SUNSUBSCRIBE waits for a node that does not
    // come; closing the cache must not hang on it (the subscription dies with the client anyway).
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      subscription.unsubscribe().catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  /**
   * Sends an invalidation to the other instances. Never rejects: a lost message is seen by the peers as a
   * jump in this instance's numbers, and they resync. Key invalidations (`set`, `delete`) of one event-loop
   * turn go out as one message per kind (up to {@link MAX_BATCH_KEYS} keys), so that many writes in flight
   * cost a few PUBLISH, not one each.
   */
  public send(invalidation: BusInvalidation): void {
    if (invalidation.t === 'h') return this.publish(invalidation);
    this.events.publish({ event: 'invalidation', direction: 'out', kind: KIND[invalidation.t] });
    if ((invalidation.t !== 's' && invalidation.t !== 'd') || invalidation.k === undefined)
      return this.publish(invalidation);
    const batch = this.batches[invalidation.t];
    batch.push(...invalidation.k);
    if (batch.length >= MAX_BATCH_KEYS) this.flush(invalidation.t);
    else this.flushSoon();
  }

  private flushSoon(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush('d');
      this.flush('s');
    });
  }

  private flush(type: 's' | 'd'): void {
    const keys = this.batches[type];
    if (keys.length === 0) return;
    this.batches[type] = [];
    this.publish({ t: type, k: keys });
  }

  private publish(invalidation: BusInvalidation): void {
    const e = this.sequence.next();
    const text = JSON.stringify({ i: this.sequence.self, e, ...invalidation });
    this.redis.publish(this.channel, text).then(
      () => this.sequence.accepted(e, Date.now()),
      () => undefined,
    );
  }

  private beat(): void {
    const now = Date.now();
    this.sequence.prune(now);
    if (this.trusted && this.sequence.overdue(now, this.heartbeatMs / 4)) {
      this.trusted = false;
      this.events.publish({ event: 'resync', reason: 'bus-down' });
      this.listener.trust(false);
    }
    this.publish({ t: 'h' });
  }

  private receive(text: string): void {
    const message = parseBusMessage(text);
    if (message === undefined) return;
    const verdict = this.sequence.received(message, Date.now());
    if (verdict === 'stale') return;
    if (verdict === 'gap') {
      this.events.publish({ event: 'resync', reason: 'gap' });
      this.listener.resync();
    }
    if (message.i === this.sequence.self) {
      if (!this.trusted && !this.sequence.overdue(Date.now(), this.heartbeatMs / 4)) {
        this.trusted = true;
        this.listener.trust(true);
      }
    } else if (message.t !== 'h') {
      this.events.publish({ event: 'invalidation', direction: 'in', kind: KIND[message.t] });
      this.listener.invalidate(message);
    }
    if (message.t === 's' && message.k !== undefined) this.listener.stored(message.k);
  }
}
