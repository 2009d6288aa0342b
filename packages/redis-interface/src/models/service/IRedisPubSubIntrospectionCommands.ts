/**
 * PUBSUB introspection: which channels have subscribers, and how many.
 *
 * @remarks
 * A node knows only the subscriptions of the clients connected to it. Cluster: each member asks every
 * node, replicas included (a classic subscriber may be connected to any node, this client's own
 * too), and merges: channel lists joined without duplicates, counts summed. Classic channels are not keys (no `keyPrefix`); shard channels are sent with
 * the `keyPrefix` like keys (as `publish`/`subscribe` with `sharded` do), so these members add it to what
 * they send and strip it from what they return.
 */
export interface IRedisPubSubIntrospectionCommands {
  /**
   * PUBSUB CHANNELS: channels with at least one subscriber (patterns not counted). Fan-out, joined.
   *
   * @param pattern - glob-style filter (default every channel).
   * @returns the channels, each once.
   */
  pubsubChannels(pattern?: string): Promise<string[]>;
  /**
   * PUBSUB NUMSUB: subscribers per channel (patterns not counted). Fan-out, summed.
   *
   * @param channels - the channels.
   * @returns the count of each channel, `0` for none.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `channels` is not a
   *   list of strings.
   */
  pubsubNumsub(channels: readonly string[]): Promise<Record<string, number>>;
  /**
   * PUBSUB NUMPAT: patterns subscribed to. Fan-out, summed: a pattern subscribed to on two nodes counts
   * twice.
   *
   * @returns the count.
   */
  pubsubNumpat(): Promise<number>;
  /**
   * PUBSUB SHARDCHANNELS: shard channels with at least one subscriber. Fan-out, joined.
   *
   * @param pattern - glob-style filter, without `keyPrefix`.
   * @returns the shard channels, without `keyPrefix`.
   */
  pubsubShardchannels(pattern?: string): Promise<string[]>;
  /**
   * PUBSUB SHARDNUMSUB: subscribers per shard channel. Fan-out, summed (only the nodes of a channel's
   * slot have its subscribers).
   *
   * @param channels - the shard channels, without `keyPrefix`.
   * @returns the count of each channel, `0` for none.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `channels` is not a
   *   list of strings.
   */
  pubsubShardnumsub(channels: readonly string[]): Promise<Record<string, number>>;
}
