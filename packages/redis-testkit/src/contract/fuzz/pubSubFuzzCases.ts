import fc from 'fast-check';
import type {
  IRedisPubSubCommands,
  IRedisPubSubIntrospectionCommands,
  IRedisService,
  Subscription,
} from '@org/redis-interface';
import { args, choice, junk, junkKey, options, value } from './arbitraries.js';
import { isCount, isTextList } from './documented.js';
import { callMember } from './callMember.js';
import type { FuzzCase } from './FuzzCase.js';

const channel = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('fuzz:channel', 'fuzz:other') },
  { weight: 1, arbitrary: junkKey },
);
const handler = fc.oneof(
  fc.constant(() => undefined),
  junk,
);
const pubSubOptions = options({ sharded: choice(true, false) });

/** Subscribes, then unsubscribes at once: a fuzz run leaves no long-lived handler behind. */
function subscribeBriefly(
  subscribe: (service: IRedisService, args: readonly unknown[]) => Promise<Subscription>,
) {
  return async (service: IRedisService, args: readonly unknown[]): Promise<Subscription> => {
    const subscription = await subscribe(service, args);
    await subscription.unsubscribe();
    return subscription;
  };
}

/** Pub/sub: channel names and patterns are strings, handlers functions. */
export const pubSubFuzzCases = {
  publish: { args: () => args(channel, value, pubSubOptions), resolves: isCount },
  subscribe: {
    args: () => args(channel, handler, pubSubOptions),
    invoke: subscribeBriefly(
      (service, [name, listener, settings]) =>
        callMember(service, 'subscribe', [name, listener, settings]) as Promise<Subscription>,
    ),
  },
  psubscribe: {
    args: () => args(fc.oneof(fc.constant('fuzz:*'), junkKey), handler),
    invoke: subscribeBriefly(
      (service, [pattern, listener]) =>
        callMember(service, 'psubscribe', [pattern, listener]) as Promise<Subscription>,
    ),
  },
} satisfies Record<keyof IRedisPubSubCommands, FuzzCase>;

const channels = fc.oneof(fc.array(channel, { maxLength: 3 }), junk);
/** Counts by channel name. */
const isCounts = (reply: unknown): boolean =>
  typeof reply === 'object' && reply !== null && Object.values(reply).every(isCount);

/** PUBSUB introspection: patterns and channel lists mixed with junk. */
export const pubSubIntrospectionFuzzCases = {
  pubsubChannels: { args: () => args(fc.oneof(fc.constant(undefined), channel)), resolves: isTextList },
  pubsubNumsub: { args: () => args(channels), resolves: isCounts },
  pubsubNumpat: { args: () => fc.constant([]), resolves: isCount },
  pubsubShardchannels: { args: () => args(fc.oneof(fc.constant(undefined), channel)), resolves: isTextList },
  pubsubShardnumsub: { args: () => args(channels), resolves: isCounts },
} satisfies Record<keyof IRedisPubSubIntrospectionCommands, FuzzCase>;
