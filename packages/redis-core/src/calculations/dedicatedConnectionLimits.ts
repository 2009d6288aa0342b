import type { RedisCommonConfig } from '@org/redis-interface';
import type { DedicatedConnectionLimits } from '../models/DedicatedConnectionLimits.js';

/**
 * The pool limits of a configuration: `maxDedicatedConnections` per node, and a wait past it of
 * half the command timeout, so that a caller that gets a connection at the last moment still has
 * time for its command, and a caller that gets none fails with the pool's own message, before the
 * command's deadline (which also covers the wait) would report a bare timeout.
 */
export function dedicatedConnectionLimits(config: RedisCommonConfig): DedicatedConnectionLimits {
  return {
    maxPerNode: config.maxDedicatedConnections,
    waitMs: Math.max(1, Math.floor(config.commandTimeoutMs / 2)),
  };
}
