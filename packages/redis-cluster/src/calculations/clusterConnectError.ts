import { RedisError } from '@org/redis-interface';
import { mapRedisError, tlsFailureAdvice } from '@org/redis-core';

/** The `lastNodeError` ioredis' "Failed to refresh slots cache." keeps, if any. */
function lastNodeError(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'lastNodeError' in error
    ? error.lastNodeError
    : undefined;
}

/**
 * What a failed cluster `connect()` should throw: a refused `CLUSTER SLOTS` (the ACL user may
 * not run it) becomes `NO_PERMISSION` naming what to grant instead of "Failed to refresh slots
 * cache"; a failed TLS handshake with the last node tried is mapped as in standalone mode
 * (`CONNECTION_FAILED` saying what to set) rather than as `CLUSTER_DOWN`; anything else is mapped
 * as any error (`mapRedisError`).
 */
export function clusterConnectError(error: unknown): RedisError {
  const cause = lastNodeError(error);
  if (cause instanceof Error && cause.message.startsWith('NOPERM')) {
    return new RedisError(
      'NO_PERMISSION',
      `CONNECT failed: the ACL user may not run CLUSTER SLOTS (${cause.message}): the cluster client needs it to learn the slot table and CLUSTER INFO for its ready check; grant +cluster|slots +cluster|info (ACL SETUSER).`,
      { cause: error },
    );
  }
  if (tlsFailureAdvice(cause) !== undefined) return mapRedisError(cause, 'connect');
  return mapRedisError(error, 'connect');
}
