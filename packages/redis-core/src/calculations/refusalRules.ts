import type { RedisErrorCode } from '@org/redis-interface';

/** A server error reply recognised by its prefix, the code it means, whether it is retryable, and advice. */
export interface RefusalRule {
  readonly pattern: RegExp;
  readonly code: RedisErrorCode;
  /** Refused without running and transient: safe to send again after a delay. */
  readonly retryable: boolean;
  readonly advice: string;
}

// Anchored on the reply's first word (Redis' error code), never on words further in: a Lua error
// message or a value quoted in a reply may contain "OOM" or "READONLY" without being one.
const rule = (prefix: string, code: RedisErrorCode, retryable: boolean, advice: string): RefusalRule => ({
  pattern: new RegExp(`^${prefix}(?:\\s|$)`),
  code,
  retryable,
  advice,
});

/** Server refusals that have their own code (the rest of the server replies are `SERVER_ERROR`). */
export const refusalRules: readonly RefusalRule[] = [
  rule('READONLY', 'READ_ONLY', true, 'the node is a replica, likely after a failover: retry after a delay'),
  {
    // A blocked command (BLPOP, WAIT…) released because its node turned replica; not CLIENT UNBLOCK's
    // "UNBLOCKED client unblocked via CLIENT UNBLOCK", which an operator sends on purpose.
    pattern: /^UNBLOCKED force unblock from blocking operation, instance state changed/,
    code: 'READ_ONLY',
    retryable: true,
    advice: 'the node turned replica while the command was blocked (a failover): retry after a delay',
  },
  rule('LOADING', 'LOADING', true, 'the server is loading its dataset: retry after a delay'),
  rule('BUSY', 'BUSY_SCRIPT', true, 'a script is running too long: retry after a delay, or SCRIPT KILL it'),
  rule('TRYAGAIN', 'TRY_AGAIN', true, 'the slot is being migrated: retry after a delay'),
  rule('MASTERDOWN', 'MASTER_DOWN', true, 'the replica lost its master: retry after a delay'),
  rule('OOM', 'OUT_OF_MEMORY', false, 'the server is at maxmemory: free memory or raise maxmemory'),
  rule('NOSCRIPT', 'NO_SCRIPT', false, 'load the script first (SCRIPT LOAD or EVAL)'),
  rule('BUSYGROUP', 'GROUP_EXISTS', false, 'the consumer group exists already'),
];
