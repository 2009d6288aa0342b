import type { RedisCommonConfig } from './RedisCommonConfig.js';
import type { RedisNodeAddress } from './RedisNodeAddress.js';
import type { RedisScaleReads } from './RedisScaleReads.js';

/**
 * Cluster configuration after validation, with every default filled.
 */
export interface RedisClusterConfig extends RedisCommonConfig {
  /** Discriminant: a Redis Cluster. */
  readonly mode: 'cluster';
  /** Seed nodes, at least one. */
  readonly nodes: readonly RedisNodeAddress[];
  /** Where read-only commands go. */
  readonly scaleReads: RedisScaleReads;
  /** Address translation keyed by announced `host:port`; `{}` when none. */
  readonly natMap: Readonly<Record<string, RedisNodeAddress>>;
  /** Whether sharded pub/sub is enabled. */
  readonly shardedPubSub: boolean;
}
