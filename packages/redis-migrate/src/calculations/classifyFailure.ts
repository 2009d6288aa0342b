import type { RedisError } from '@org/redis-interface';

/** How `copy` treats a command's failure. */
export type FailureKind =
  /** Try again: a failover, a timeout, a node loading or restarting. */
  | 'transient'
  /** The key exists on the target (RESTORE without REPLACE). */
  | 'exists'
  /** The target is out of memory: stop, nothing more will fit. */
  | 'full'
  /** The target cannot read the payload: an older Redis than the source. */
  | 'incompatible'
  /** The node lost the read script (a promoted replica): load it again. */
  | 'noScript'
  /** This key alone failed; go on with the others. */
  | 'key';

const transientCodes = new Set([
  'COMMAND_TIMEOUT',
  'CONNECTION_FAILED',
  'CLUSTER_DOWN',
  'TRY_AGAIN',
  'MASTER_DOWN',
  'LOADING',
  'READ_ONLY',
  'NOT_CONNECTED',
  'NODE_UNKNOWN',
]);

/** Sort a failure into the {@link FailureKind} that decides what the copy does next. */
export function classifyFailure(error: RedisError): FailureKind {
  if (transientCodes.has(error.code)) return 'transient';
  if (error.code === 'OUT_OF_MEMORY') return 'full';
  if (error.code === 'NO_SCRIPT') return 'noScript';
  if (/BUSYKEY/.test(error.message)) return 'exists';
  if (/payload version or checksum/i.test(error.message)) return 'incompatible';
  return 'key';
}
