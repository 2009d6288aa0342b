import type { RedisPatternMessageHandler, Subscription, SubscriptionKind } from '@org/redis-interface';
import type { Cluster, Redis } from 'ioredis';

type Handler = RedisPatternMessageHandler;
type Subscriber = Redis | Cluster;

/** The typed ioredis methods: they keep ioredis' subscriber bookkeeping (and re-subscription) right. */
async function subscribeTo(subscriber: Subscriber, kind: SubscriptionKind, name: string): Promise<void> {
  if (kind === 'channel') await subscriber.subscribe(name);
  else if (kind === 'pattern') await subscriber.psubscribe(name);
  else await subscriber.ssubscribe(name);
}

async function unsubscribeFrom(subscriber: Subscriber, kind: SubscriptionKind, name: string): Promise<void> {
  if (kind === 'channel') await subscriber.unsubscribe(name);
  else if (kind === 'pattern') await subscriber.punsubscribe(name);
  else await subscriber.sunsubscribe(name);
}

/**
 * Which handlers listen to which channel or pattern, on which subscriber connection. Redis is
 * told to (un)subscribe only when the first handler arrives or the last one leaves. ioredis
 * re-subscribes after a reconnect; messages published meanwhile are lost (at most once).
 */
export class SubscriptionRegistry {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly wired = new WeakSet<Subscriber>();

  /**
   * @param subscriberFor - the connection for classic (false) or sharded (true) subscriptions.
   * @param keyPrefix - ioredis prefixes shard channels like keys (SSUBSCRIBE/SPUBLISH route by
   *   slot); it is stripped from delivered channel names so handlers see what they subscribed to.
   */
  public constructor(
    private readonly subscriberFor: (sharded: boolean) => Promise<Subscriber>,
    private readonly keyPrefix: string,
    private readonly onDelivered: (kind: SubscriptionKind) => void = () => undefined,
  ) {}

  /** Register `handler` and subscribe when it is the first for `name`. */
  public async add(kind: SubscriptionKind, name: string, handler: Handler): Promise<Subscription> {
    const subscriber = await this.connection(kind);
    const id = `${kind}:${name}`;
    let set = this.handlers.get(id);
    if (set === undefined) {
      set = new Set();
      this.handlers.set(id, set);
      await subscribeTo(subscriber, kind, name);
    }
    const registered = (message: string, channel: string, pattern: string): void | Promise<void> =>
      handler(message, channel, pattern);
    set.add(registered);
    let active = true;
    return {
      channel: name,
      kind,
      unsubscribe: async () => {
        if (!active) return;
        active = false;
        set.delete(registered);
        if (set.size > 0) return;
        this.handlers.delete(id);
        await unsubscribeFrom(subscriber, kind, name);
      },
    };
  }

  private async connection(kind: SubscriptionKind): Promise<Subscriber> {
    const subscriber = await this.subscriberFor(kind === 'shard-channel');
    if (!this.wired.has(subscriber)) {
      this.wired.add(subscriber);
      subscriber.on('message', (channel: string, message: string) =>
        this.dispatch(`channel:${channel}`, message, channel, channel),
      );
      subscriber.on('smessage', (prefixed: string, message: string) => {
        const channel = prefixed.startsWith(this.keyPrefix)
          ? prefixed.slice(this.keyPrefix.length)
          : prefixed;
        this.dispatch(`shard-channel:${channel}`, message, channel, channel);
      });
      subscriber.on('pmessage', (pattern: string, channel: string, message: string) =>
        this.dispatch(`pattern:${pattern}`, message, channel, pattern),
      );
    }
    return subscriber;
  }

  private dispatch(id: string, message: string, channel: string, pattern: string): void {
    const handlers = this.handlers.get(id);
    if (handlers !== undefined && handlers.size > 0)
      this.onDelivered(id.slice(0, id.indexOf(':')) as SubscriptionKind);
    for (const handler of this.handlers.get(id) ?? []) {
      try {
        // A failing handler must neither stop the others nor crash the process.
        void Promise.resolve(handler(message, channel, pattern)).catch(() => undefined);
      } catch {
        // Synchronous throw: same policy.
      }
    }
  }
}
