import type {
  IRedisPubSubCommands,
  PubSubOptions,
  RedisMessageHandler,
  RedisPatternMessageHandler,
  Subscription,
} from '@org/redis-interface';
import { checkFunction, checkString } from '../../calculations/checks.js';
import { isSharded } from '../../calculations/shardedPubSub.js';
import { SubscriptionRegistry } from '../SubscriptionRegistry.js';
import { CommandBase } from './CommandBase.js';

/**
 * Subscriptions on a dedicated subscriber connection (never the shared one), in both modes. Channel
 * names and patterns are strings (the registry keys handlers by name). `publish` is a definition
 * (`pubSubDefinitions`).
 */
export abstract class PubSubCommands extends CommandBase implements Omit<IRedisPubSubCommands, 'publish'> {
  /** Handlers by channel and pattern, and the subscriber connections. */
  protected readonly subscriptions = new SubscriptionRegistry(
    (sharded) => this.topology.subscriber(sharded),
    this.topology.config.keyPrefix,
    (kind) => this.topology.instrumentation.pubsub({ direction: 'in', kind }),
  );

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
        return isSharded('subscribe', options, this.topology) ? 'shard-channel' : 'channel';
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
