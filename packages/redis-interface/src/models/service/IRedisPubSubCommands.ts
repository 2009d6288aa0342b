import type { RedisValue } from '../RedisValue.js';
import type {
  PubSubOptions,
  RedisMessageHandler,
  RedisPatternMessageHandler,
  Subscription,
} from '../pubsub/Subscription.js';

/**
 * Publish/subscribe. Channels are not keys: `keyPrefix` is not applied to them.
 *
 * @remarks
 * Delivery is at most once: a message published while the subscriber is disconnected, or before
 * `subscribe` resolved, is lost and never redelivered. Use streams (`xadd`/`xreadgroup`) when every message
 * matters. Subscribers use a dedicated connection in both modes; after a reconnect the driver subscribes
 * again by itself. In cluster mode classic messages reach subscribers on every node.
 */
export interface IRedisPubSubCommands {
  /**
   * PUBLISH (SPUBLISH when sharded).
   * @param channel - the channel.
   * @param message - the message.
   * @param options - `sharded` for sharded pub/sub.
   * @returns how many subscribers received it. In cluster mode only those connected to the node that took
   * the message are counted, so do not use it as a delivery guarantee.
   */
  publish(channel: string, message: RedisValue, options?: PubSubOptions): Promise<number>;
  /**
   * SUBSCRIBE (SSUBSCRIBE when sharded). Several handlers may subscribe to one channel.
   * @param channel - the channel.
   * @param handler - receives each message, at most once.
   * @param options - `sharded` for sharded pub/sub.
   * @returns the subscription, once the server confirmed it.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `UNSUPPORTED_IN_MODE` for `sharded: true` in
   * cluster mode without `shardedPubSub` in the config.
   */
  subscribe(channel: string, handler: RedisMessageHandler, options?: PubSubOptions): Promise<Subscription>;
  /**
   * PSUBSCRIBE: every channel matching a glob-style pattern. Classic pub/sub only (Redis has no sharded
   * pattern subscription).
   * @param pattern - e.g. `orders.*`.
   * @param handler - receives each message, at most once, with the channel and the pattern.
   * @returns the subscription, once the server confirmed it.
   */
  psubscribe(pattern: string, handler: RedisPatternMessageHandler): Promise<Subscription>;
}
