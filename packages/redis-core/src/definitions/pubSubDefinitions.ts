import type {
  IRedisPubSubCommands,
  IRedisPubSubIntrospectionCommands,
  PubSubOptions,
  RedisValue,
} from '@org/redis-interface';
import { checkValue } from '../calculations/arguments.js';
import { checkString, invalidArgument } from '../calculations/checks.js';
import { pairsToRecord } from '../calculations/replies.js';
import { isSharded } from '../calculations/shardedPubSub.js';
import type {
  CommandDefinition,
  DefinitionsOf,
  DriverFacts,
  FanOutDefinition,
  NodeReply,
} from '../models/CommandDefinition.js';

type PublishArgs = readonly [channel: string, message: RedisValue, options?: PubSubOptions | undefined];

const publishArguments = ([channel, message]: PublishArgs): [string, RedisValue] => [
  checkString('publish', 'channel', channel),
  checkValue('publish', message, 'message'),
];

/** PUBLISH and SPUBLISH of one driver, each counting its message out (one pair per driver, not per call). */
const variantsByDriver = new WeakMap<
  DriverFacts,
  readonly [CommandDefinition<PublishArgs, number>, CommandDefinition<PublishArgs, number>]
>();

function publishVariants(
  driver: DriverFacts,
): readonly [CommandDefinition<PublishArgs, number>, CommandDefinition<PublishArgs, number>] {
  let variants = variantsByDriver.get(driver);
  if (variants === undefined) {
    const counted =
      (kind: 'channel' | 'shard-channel') =>
      (reply: unknown): number => {
        driver.instrumentation.pubsub({ direction: 'out', kind });
        return reply as number;
      };
    variants = [
      { command: 'publish', build: publishArguments, keys: 0, reply: counted('channel') },
      // ioredis takes the shard channel for a key: prefixed, and routed by its slot.
      { command: 'spublish', build: publishArguments, keys: 1, reply: counted('shard-channel') },
    ];
    variantsByDriver.set(driver, variants);
  }
  return variants;
}

/** A list of channel names, each a string. */
function channelList(command: string, channels: unknown): string[] {
  if (!Array.isArray(channels)) throw invalidArgument(command, 'channels', channels, 'an array of strings');
  return channels.map((channel, index) => checkString(command, `channels[${index}]`, channel));
}

/** Every node's channel list, each channel once, `prefix` stripped. */
function joined(replies: readonly NodeReply[], prefix = ''): string[] {
  const channels = new Set<string>();
  for (const { reply } of replies)
    for (const channel of reply as string[])
      if (channel.startsWith(prefix)) channels.add(channel.slice(prefix.length));
  return [...channels];
}

/** NUMSUB / SHARDNUMSUB of every node, summed per requested channel (sent as `prefix` + channel). */
function summed(
  replies: readonly NodeReply[],
  channels: readonly string[],
  prefix = '',
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const channel of channels) counts[channel] = 0;
  for (const { reply } of replies) {
    const record = pairsToRecord(reply as unknown[]);
    for (const channel of channels)
      counts[channel] = (counts[channel] ?? 0) + Number(record[prefix + channel] ?? 0);
  }
  return counts;
}

/**
 * What the PUBSUB fan-outs share: asked of every node (a cluster's subscribers may be connected to
 * any node, replicas included); `prefixOf` is the key prefix for sharded channels (they are
 * prefixed like keys, since they hash to a slot), `''` for classic ones.
 */
function pubsubFanOut(member: string, prefixed: boolean) {
  return {
    prefixOf: (driver: DriverFacts): string => (prefixed ? driver.config.keyPrefix : ''),
    common: { kind: 'fanOut', command: 'pubsub', name: member, readOnly: true, everyNode: true } as const,
  };
}

/** `PUBSUB <sub> [pattern]`, the pattern checked. */
function listing(
  member: string,
  subcommand: string,
  prefixed: boolean,
): FanOutDefinition<readonly [pattern?: string | undefined], string[]> {
  const { prefixOf, common } = pubsubFanOut(member, prefixed);
  return {
    ...common,
    build: ([pattern], driver) => {
      if (pattern === undefined)
        return prefixed && prefixOf(driver) !== '' ? [subcommand, `${prefixOf(driver)}*`] : [subcommand];
      return [subcommand, prefixOf(driver) + checkString(member, 'pattern', pattern)];
    },
    combine: (replies, _args, driver) => joined(replies, prefixOf(driver)),
  };
}

/** `PUBSUB <sub> channel…`, counts summed over the nodes. */
function counting(
  member: string,
  subcommand: string,
  prefixed: boolean,
): FanOutDefinition<readonly [channels: readonly string[]], Record<string, number>> {
  const { prefixOf, common } = pubsubFanOut(member, prefixed);
  return {
    ...common,
    build: ([channels], driver) => [
      subcommand,
      ...channelList(member, channels).map((channel) => prefixOf(driver) + channel),
    ],
    combine: (replies, [channels], driver) => summed(replies, channels, prefixOf(driver)),
  };
}

/**
 * PUBLISH (SPUBLISH when sharded: the variant picks it from the option and the configuration) and
 * the PUBSUB introspection subcommands, fanned out to every master and merged. Subscriptions are
 * not definitions: they live on the subscriber connection (`pubSubOperations`).
 */
export const pubSubDefinitions = {
  publish: {
    command: 'publish',
    build: publishArguments,
    keys: 0,
    variant: (args, driver) => publishVariants(driver)[isSharded('publish', args[2], driver) ? 1 : 0],
  },
  pubsubChannels: listing('pubsubChannels', 'CHANNELS', false),
  pubsubNumsub: counting('pubsubNumsub', 'NUMSUB', false),
  pubsubNumpat: {
    kind: 'fanOut',
    command: 'pubsub',
    name: 'pubsubNumpat',
    readOnly: true,
    everyNode: true,
    build: () => ['NUMPAT'],
    combine: (replies) => replies.reduce((sum, { reply }) => sum + (reply as number), 0),
  },
  pubsubShardchannels: listing('pubsubShardchannels', 'SHARDCHANNELS', true),
  pubsubShardnumsub: counting('pubsubShardnumsub', 'SHARDNUMSUB', true),
} satisfies DefinitionsOf<Pick<IRedisPubSubCommands, 'publish'> & IRedisPubSubIntrospectionCommands>;
