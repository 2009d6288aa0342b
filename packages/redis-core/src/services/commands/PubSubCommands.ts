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
import { checkFlag, checkFunction, checkOptions, checkString } from '../../calculations/checks.js';
import { SubscriptionRegistry } from '../SubscriptionRegistry.js';
import { CommandBase } from './CommandBase.js';

/**
 * Pub/sub on a dedicated subscriber connection (never the shared one), in both modes. Channel
 * names and patterns are strings (the registry keys handlers by name); messages are values.
 */
export abstract class PubSubCommands extends CommandBase implements IRedisPubSubCommands {
  /** Handlers by channel and pattern, and the subscriber connections. */
  protected readonly subscriptions = new SubscriptionRegistry(
    (sharded) => this.topology.subscriber(sharded),
    this.topology.config.keyPrefix,
    (kind) => this.topology.instrumentation.pubsub({ direction: 'in', kind }),
  );

  /** Sharded when asked, else the configured default; cluster mode refuses it unless configured. */
  private isSharded(command: string, options?: PubSubOptions): boolean {
    const configured = 'shardedPubSub' in this.topology.config && this.topology.config.shardedPubSub === true;
    const asked = checkOptions(command, options).sharded;
    const sharded = asked === undefined ? configured : checkFlag(command, 'options.sharded', asked);
    if (sharded && this.topology.mode === 'cluster' && !configured) {
      throw new RedisError(
        'UNSUPPORTED_IN_MODE',
        'Sharded pub/sub is off for this cluster client: set shardedPubSub (REDIS_SHARDED_PUBSUB=true) or drop { sharded: true }.',
      );
    }
    return sharded;
  }

  public publish(channel: string, message: RedisValue, options?: PubSubOptions): Promise<number> {
    return this.checked(
      'publish',
      () => ({
        sharded: this.isSharded('publish', options),
        args: [checkString('publish', 'channel', channel), checkValue('publish', message, 'message')],
      }),
      async ({ sharded, args }) => {
        const receivers = await this.send<number>(sharded ? 'spublish' : 'publish', args);
        this.topology.instrumentation.pubsub({
          direction: 'out',
          kind: sharded ? 'shard-channel' : 'channel',
        });
        return receivers;
      },
    );
  }

  public subscribe(
    channel: string,
    handler: RedisMessageHandler,
    options?: PubSubOptions,
  ): Promise<Subscription> {
    return this.checked(
      'subscribe',
      () => {
        checkString('subscribe', 'channel', channel);
        checkFunction('subscribe', 'handler', handler);
        return this.isSharded('subscribe', options) ? 'shard-channel' : 'channel';
      },
      (kind) =>
        this.guard(kind === 'channel' ? 'subscribe' : 'ssubscribe', () =>
          this.subscriptions.add(kind, channel, (message, source) => handler(message, source)),
        ),
    );
  }

  public psubscribe(pattern: string, handler: RedisPatternMessageHandler): Promise<Subscription> {
    return this.checked(
      'psubscribe',
      () => {
        checkString('psubscribe', 'pattern', pattern);
        return checkFunction('psubscribe', 'handler', handler);
      },
      (checked) => this.guard('psubscribe', () => this.subscriptions.add('pattern', pattern, checked)),
    );
  }
}
