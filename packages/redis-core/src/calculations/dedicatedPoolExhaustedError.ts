import { RedisError } from '@org/redis-interface';
import type { DedicatedConnectionLimits } from '../models/DedicatedConnectionLimits.js';

/**
 * The `COMMAND_TIMEOUT` of a caller that found every dedicated connection to `node` busy for
 * `waitMs`: a timeout like any other to the caller (retry later), with the option to raise named.
 */
export function dedicatedPoolExhaustedError(
  command: string,
  node: string,
  { maxPerNode, waitMs }: DedicatedConnectionLimits,
): RedisError {
  return new RedisError(
    'COMMAND_TIMEOUT',
    `${command.toUpperCase()} got no dedicated connection to ${node} within ${waitMs} ms: the dedicated-connection pool is exhausted (all ${maxPerNode} busy); raise maxDedicatedConnections (REDIS_MAX_DEDICATED_CONNECTIONS) or run fewer blocking commands, transactions and durable writes at once.`,
    { details: { command, timeoutMs: waitMs } },
  );
}
