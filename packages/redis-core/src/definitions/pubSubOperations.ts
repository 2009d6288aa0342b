import type { IRedisPubSubCommands } from '@org/redis-interface';
import { checkFunction, checkString } from '../calculations/checks.js';
import { isSharded } from '../calculations/shardedPubSub.js';
import type { OperationsOf } from '../services/installOperations.js';

/**
 * Subscriptions on a dedicated subscriber connection (never the shared one), in both modes, kept in
 * the service's `SubscriptionRegistry` (`executor.parts.subscriptions`). Channel names and patterns
 * are strings (the registry keys handlers by name). `publish` is a definition (`pubSubDefinitions`).
 * A bad argument rejects through the guard (counted), nothing subscribed.
 */
export const pubSubOperations = {
  subscribe: (executor, channel, handler, options) =>
    executor.checked(
      'subscribe',
      () => {
        checkString('subscribe', 'channel', channel);
        checkFunction('subscribe', 'handler', handler);
        return isSharded('subscribe', options, executor.topology) ? 'shard-channel' : 'channel';
      },
      (kind) =>
        executor.guard(kind === 'channel' ? 'subscribe' : 'ssubscribe', () =>
          executor.parts.subscriptions.add(kind, channel, (message, source) => handler(message, source)),
        ),
    ),
  psubscribe: (executor, pattern, handler) =>
    executor.checked(
      'psubscribe',
      () => {
        checkString('psubscribe', 'pattern', pattern);
        return checkFunction('psubscribe', 'handler', handler);
      },
      (checked) =>
        executor.guard('psubscribe', () => executor.parts.subscriptions.add('pattern', pattern, checked)),
    ),
} satisfies OperationsOf<Pick<IRedisPubSubCommands, 'subscribe' | 'psubscribe'>>;
