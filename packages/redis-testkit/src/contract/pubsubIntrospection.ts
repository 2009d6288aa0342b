import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, RedisConfig, Subscription } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

function withShardedPubSub(config: RedisConfig): RedisConfig {
  return config.mode === 'cluster' ? { ...config, shardedPubSub: true } : config;
}

/**
 * PUBSUB CHANNELS, NUMSUB, NUMPAT, SHARDCHANNELS and SHARDNUMSUB: asked of every master, merged, with a
 * subscription of this group to find.
 *
 * @param context - the group's context.
 */
export function describePubSubIntrospectionContract(context: ContractContext): void {
  let sharded: IRedisService;
  let channel: string;
  let pattern: string;
  let shardChannel: string;
  const subscriptions: Subscription[] = [];

  beforeAll(async () => {
    sharded = context.buildService(withShardedPubSub(context.config()));
    await sharded.connect();
    channel = context.key('introspect');
    pattern = `${context.key('introspect-pattern')}.*`;
    shardChannel = context.key('introspect-shard');
    subscriptions.push(
      await context.service().subscribe(channel, () => undefined),
      await context.service().psubscribe(pattern, () => undefined),
      await sharded.subscribe(shardChannel, () => undefined, { sharded: true }),
    );
  });

  afterAll(async () => {
    await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
    await sharded.quit();
  });

  describe('.pubsubChannels', () => {
    it('should list a subscribed channel once', async () => {
      expect(await context.service().pubsubChannels(channel)).toEqual([channel]);
    });

    it('should list it among every channel without a pattern', async () => {
      expect(await context.service().pubsubChannels()).toContain(channel);
    });
  });

  describe('.pubsubNumsub', () => {
    it('should count the subscribers of each channel, summed over the masters', async () => {
      const nobody = context.key('introspect-nobody');
      expect(await context.service().pubsubNumsub([channel, nobody])).toEqual({ [channel]: 1, [nobody]: 0 });
    });

    it('should reject channels that are not a list with INVALID_ARGUMENT', async () => {
      const channels = channel as unknown as string[];
      expect(await errorCodeOf(context.service().pubsubNumsub(channels))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.pubsubNumpat', () => {
    it('should count the subscribed pattern', async () => {
      expect(await context.service().pubsubNumpat()).toBeGreaterThanOrEqual(1);
    });
  });

  describe('.pubsubShardchannels', () => {
    it('should list a subscribed shard channel without the keyPrefix', async () => {
      expect(await sharded.pubsubShardchannels(shardChannel)).toEqual([shardChannel]);
    });

    it('should list it among every shard channel of the prefix without a pattern', async () => {
      expect(await sharded.pubsubShardchannels()).toContain(shardChannel);
    });
  });

  describe('.pubsubShardnumsub', () => {
    it('should count the subscribers of each shard channel', async () => {
      const nobody = context.key('introspect-shard-nobody');
      expect(await sharded.pubsubShardnumsub([shardChannel, nobody])).toEqual({
        [shardChannel]: 1,
        [nobody]: 0,
      });
    });
  });
}
