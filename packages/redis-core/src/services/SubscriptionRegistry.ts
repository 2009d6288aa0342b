import type { RedisPatternMessageHandler, Subscription, SubscriptionKind } from '@org/redis-interface';
import type { SubscriberConnection } from '../models/SubscriberConnection.js';

type Handler = RedisPatternMessageHandler;
type Subscriber = SubscriberConnection;

/**
 * Which handlers listen to which channel or pattern, on which subscriber connection. Redis is
 * told to (un)subscribe only when the first handler arrives or the last one leaves. The engine
 * re-subscribes after a reconnect; messages published meanwhile are lost (at most once).
 */
export class SubscriptionRegistry {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly wired = new WeakSet<Subscriber>();

  /**
   * @param subscriberFor - the connection for classic (false) or sharded (true) subscriptions.
   * @param keyPrefix - the engine prefixes shard channels like keys (SSUBSCRIBE/SPUBLISH route by
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
      await subscriber.subscribe(kind, name);
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
        await subscriber.unsubscribe(kind, name);
      },
    };
  }

  private async connection(kind: SubscriptionKind): Promise<Subscriber> {
    const subscriber = await this.subscriberFor(kind === 'shard-channel');
    if (!this.wired.has(subscriber)) {
      this.wired.add(subscriber);
      subscriber.onMessage((kind, subscribed, delivered, message) => {
        if (kind === 'pattern') {
          this.dispatch(`pattern:${subscribed}`, message, delivered, subscribed);
          return;
        }
        const channel =
          kind === 'shard-channel' && delivered.startsWith(this.keyPrefix)
            ? delivered.slice(this.keyPrefix.length)
            : delivered;
        this.dispatch(`${kind}:${channel}`, message, channel, channel);
      });
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
