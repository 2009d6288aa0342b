import type { RedisCommonConfigInput } from './RedisCommonConfigInput.js';
import type { RedisNodeAddress } from './RedisNodeAddress.js';
import type { RedisScaleReads } from './RedisScaleReads.js';

/**
 * Cluster configuration as given by the caller. There is no `db`: a cluster only has database 0.
 */
export interface RedisClusterConfigInput extends RedisCommonConfigInput {
  /** Discriminant: a Redis Cluster. */
  readonly mode: 'cluster';
  /** Seed nodes (at least one); the rest of the cluster is discovered from them. */
  readonly nodes: readonly RedisNodeAddress[];
  /** Where read-only commands go. Default `master`. */
  readonly scaleReads?: RedisScaleReads;
  /**
   * Address translation for nodes that announce addresses the client cannot reach (NAT, Docker), keyed by
   * the announced `host:port`.
   */
  readonly natMap?: Readonly<Record<string, RedisNodeAddress>>;
  /** Whether the driver opens sharded pub/sub subscribers (SSUBSCRIBE, Redis 7+). Default `false`. */
  readonly shardedPubSub?: boolean;
}
