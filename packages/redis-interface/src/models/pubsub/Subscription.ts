/**
 * Receives a message published on a subscribed channel. A handler that throws or rejects does not stop
 * delivery to other handlers, nor crash the process; the driver has no logger and drops the error, so
 * catch and log inside the handler what must not go unnoticed.
 *
 * @param message - the message, decoded as UTF-8.
 * @param channel - the channel it was published on.
 */
export type RedisMessageHandler = (message: string, channel: string) => void | Promise<void>;

/**
 * Receives a message published on a channel matching a subscribed pattern.
 *
 * @param message - the message, decoded as UTF-8.
 * @param channel - the channel it was published on.
 * @param pattern - the pattern that matched.
 */
export type RedisPatternMessageHandler = (
  message: string,
  channel: string,
  pattern: string,
) => void | Promise<void>;

/**
 * What a {@link Subscription} listens to: a channel (SUBSCRIBE), a pattern (PSUBSCRIBE) or a shard channel
 * (SSUBSCRIBE).
 */
export type SubscriptionKind = 'channel' | 'pattern' | 'shard-channel';

/**
 * Options of `subscribe` and `publish`.
 */
export interface PubSubOptions {
  /**
   * Use sharded pub/sub (SSUBSCRIBE/SPUBLISH, Redis 7+). In cluster mode the channel lives on the node
   * owning its hash slot, which scales but only reaches subscribers of that shard channel; it needs
   * `shardedPubSub` in the config, else `UNSUPPORTED_IN_MODE`. In standalone mode it behaves like classic
   * pub/sub on the one server. Default: the config's `shardedPubSub` (cluster) or `false` (standalone).
   */
  readonly sharded?: boolean;
}

/**
 * A live subscription returned by `subscribe`/`psubscribe`.
 */
export interface Subscription {
  /** The channel or pattern subscribed to. */
  readonly channel: string;
  /** Channel, pattern or shard channel. */
  readonly kind: SubscriptionKind;
  /**
   * Stop delivering to this handler; the server-side subscription ends when no handler is left on the
   * channel. Calling it again does nothing.
   */
  unsubscribe(): Promise<void>;
}
