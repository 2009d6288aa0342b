import {
  RedisError,
  type IRedisPubSubCommands,
  type PubSubOptions,
  type RedisMessageHandler,
  type RedisPatternMessageHandler,
  type RedisValue,
  type Subscription,
} from '@org/redis-interface';
import { checkValue } from '../../calculations/arguments.js';
import { SubscriptionRegistry } from '../SubscriptionRegistry.js';
import { StreamCommands } from './StreamCommands.js';

/** Pub/sub on a dedicated subscriber connection (never the shared one), in both modes. */
export abstract class PubSubCommands extends StreamCommands implements IRedisPubSubCommands {
  /** Handlers by channel and pattern, and the subscriber connections. */
  protected readonly subscriptions = new SubscriptionRegistry(
    (sharded) => this.topology.subscriber(sharded),
    this.topology.config.keyPrefix,
    (kind) => this.topology.instrumentation.pubsub({ direction: 'in', kind }),
  );

  /** Sharded when asked, else the configured default; cluster mode refuses it unless configured. */
  private isSharded(options?: PubSubOptions): boolean {
    const configured = 'shardedPubSub' in this.topology.config && this.topology.config.shardedPubSub === true;
    const sharded = options?.sharded ?? configured;
    if (sharded && this.topology.mode === 'cluster' && !configured) {
      throw new RedisError(
        'UNSUPPORTED_IN_MODE',
        'Sharded pub/sub is off for this cluster client: set shardedPubSub (REDIS_SHARDED_PUBSUB=true) or drop { sharded: true }.',
      );
    }
    return sharded;
  }

  public async publish(channel: string, message: RedisValue, options?: PubSubOptions): Promise<number> {
    const sharded = this.isSharded(options);
    const receivers = await this.call<number>(sharded ? 'spublish' : 'publish', [
      channel,
      checkValue('publish', message),
    ]);
    this.topology.instrumentation.pubsub({ direction: 'out', kind: sharded ? 'shard-channel' : 'channel' });
    return receivers;
  }

  public async subscribe(
    channel: string,
    handler: RedisMessageHandler,
    options?: PubSubOptions,
  ): Promise<Subscription> {
    const kind = this.isSharded(options) ? 'shard-channel' : 'channel';
    return this.guard(kind === 'channel' ? 'subscribe' : 'ssubscribe', () =>
      this.subscriptions.add(kind, channel, (message, source) => handler(message, source)),
    );
  }

  public async psubscribe(pattern: string, handler: RedisPatternMessageHandler): Promise<Subscription> {
    return this.guard('psubscribe', () => this.subscriptions.add('pattern', pattern, handler));
  }
}
