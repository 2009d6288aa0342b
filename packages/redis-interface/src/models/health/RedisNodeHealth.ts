/**
 * The role of a node in a {@link RedisNodeHealth}.
 */
export type RedisNodeRole = 'master' | 'replica' | 'standalone';

/**
 * The health of one node.
 */
export interface RedisNodeHealth {
  /** `host:port`, never with credentials. */
  readonly address: string;
  /** Role of the node. */
  readonly role: RedisNodeRole;
  /** Whether the node answered PING. */
  readonly status: 'up' | 'down';
  /** PING round-trip time in milliseconds, when it answered. */
  readonly latencyMs?: number;
  /** Why it is down (error message, free of secrets), when it is. */
  readonly error?: string;
}
