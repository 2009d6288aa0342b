import type { SubscriptionKind } from '@org/redis-interface';

/**
 * What a subscriber connection delivers: the kind of subscription it matched, the name subscribed
 * to (the pattern for `pattern`, else the channel), the channel it was published on, the payload.
 * Shard channels are named as the server sent them, key prefix included (shard channels are
 * routed, and prefixed, like keys).
 */
export type SubscriberListener = (
  kind: SubscriptionKind,
  subscribed: string,
  channel: string,
  message: string,
) => void;

/**
 * The connection subscriptions live on: never the shared client, since a subscribed connection
 * accepts nothing else. The engine re-subscribes after a reconnect; messages published meanwhile
 * are lost (at most once). Cluster: classic subscriptions on one node, shard channels on the master
 * of their slot.
 *
 * @remarks
 * Part of the engine boundary: the same connection always comes back as the same object.
 */
export interface SubscriberConnection {
  /**
   * SUBSCRIBE, PSUBSCRIBE or SSUBSCRIBE `name` (a shard channel gets the key prefix, like a key).
   * @throws Error the server's refusal (e.g. NOPERM) or the connection's failure.
   */
  subscribe(kind: SubscriptionKind, name: string): Promise<void>;
  /**
   * The matching UNSUBSCRIBE, PUNSUBSCRIBE or SUNSUBSCRIBE.
   * @throws Error the connection's failure.
   */
  unsubscribe(kind: SubscriptionKind, name: string): Promise<void>;
  /** Call `listener` for every message delivered from now on, whatever its subscription. */
  onMessage(listener: SubscriberListener): void;
}
