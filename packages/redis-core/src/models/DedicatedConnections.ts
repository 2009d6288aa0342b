import type { NodeConnection } from './NodeConnection.js';
import type { RedisKey } from './RedisArgument.js';

/** Where one command takes its dedicated connections from, and gives them back. */
export interface DedicatedConnections {
  /** A connection of its own on the node serving `key` (the first node without one). */
  readonly acquire: (key: RedisKey | undefined) => Promise<NodeConnection>;
  /** Give it back (reused or closed). */
  readonly release: (connection: NodeConnection) => void;
}
