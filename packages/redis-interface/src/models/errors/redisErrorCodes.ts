/**
 * The catalogue of {@link RedisError} codes. Every error this layer throws carries exactly one of them;
 * `docs/errors.md` says, for each, what causes it and what to do.
 */
export const redisErrorCodes = {
  /**
   * The configuration (environment variables or options object) is invalid. `details.issues` lists every
   * problem, each naming the variable or option and what would be valid. Fix them and restart.
   */
  INVALID_CONFIG: 'INVALID_CONFIG',
  /**
   * No connection to Redis could be established, or it was lost and retries ran out (DNS, refused, TLS
   * handshake, network). Check the address, TLS settings and that the server is reachable.
   */
  CONNECTION_FAILED: 'CONNECTION_FAILED',
  /**
   * A command was issued before `connect()` or after `quit()`/`disconnect()`, or was still pending when
   * `disconnect()` closed the connection (then it may or may not have run). Call `connect()` first.
   */
  NOT_CONNECTED: 'NOT_CONNECTED',
  /**
   * No reply within `commandTimeoutMs`. The command may still have run on the server, so it is NOT
   * retryable in the `details.retryable` sense: retry only idempotent commands, or raise the timeout.
   * Also a blocking command, transaction or durable write that found every dedicated connection to its
   * node busy (`maxDedicatedConnections`): nothing was sent then; the message names the option.
   */
  COMMAND_TIMEOUT: 'COMMAND_TIMEOUT',
  /**
   * Keys that must share one hash slot do not. Thrown before anything is sent, in cluster mode and in
   * standalone mode with `strictCrossSlot`. `details.keys` lists each key and its slot; give the keys a
   * common hash tag such as `{user:1}`.
   */
  CROSS_SLOT: 'CROSS_SLOT',
  /**
   * An argument is invalid (negative TTL, a ttl together with keepTtl, wrong number of script keys, a value
   * JSON cannot represent, a key or field that is not a string or Buffer, `null` or malformed options, NaN or
   * a BigInt where a number is needed, …). The message names the command and the argument. Fix the call;
   * nothing was sent.
   */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** `getJson` read a value that is not valid JSON. The key holds data written by something else. */
  INVALID_JSON: 'INVALID_JSON',
  /**
   * The command or option cannot be honoured in the configured mode (e.g. sharded pub/sub in cluster mode
   * while `shardedPubSub` is off). The message says which setting to change.
   */
  UNSUPPORTED_IN_MODE: 'UNSUPPORTED_IN_MODE',
  /** The ACL user may not run this command or touch this key (server `NOPERM`). Grant it, or use another user. */
  NO_PERMISSION: 'NO_PERMISSION',
  /** Authentication failed (server `WRONGPASS` or `NOAUTH`). Check username and password. */
  AUTH_FAILED: 'AUTH_FAILED',
  /**
   * The configured mode does not match the server: `cluster` against a server without cluster support, or
   * `standalone` against a cluster node. Change the mode or the address.
   */
  MODE_MISMATCH: 'MODE_MISMATCH',
  /**
   * A `transaction()` was aborted on every attempt because a watched key changed (EXEC returned null).
   * Reduce contention on the keys or raise `maxAttempts`.
   */
  TRANSACTION_ABORTED: 'TRANSACTION_ABORTED',
  /**
   * `writeDurably()` got fewer acknowledgements than asked within its `timeoutMs`: fewer replicas answered
   * WAIT, or the master did not fsync its AOF (WAITAOF). The writes WERE applied on the master and may be
   * lost in a failover. `details` has the counts and the results; check the replicas (`health()`), or retry.
   */
  NOT_DURABLE: 'NOT_DURABLE',
  /**
   * The server cannot do what was asked: its version is too old (WAITAOF needs Redis 7.2) or a setting is
   * off (WAITAOF needs `appendonly yes`). Checked before sending: nothing was sent. Upgrade or reconfigure
   * the server, or do without the option.
   */
  UNSUPPORTED_BY_SERVER: 'UNSUPPORTED_BY_SERVER',
  /** A destructive command (`flushdb`) was called without its explicit confirmation option. */
  CONFIRMATION_REQUIRED: 'CONFIRMATION_REQUIRED',
  /**
   * The cluster cannot serve the request: `CLUSTERDOWN`, a slot without a reachable master, or no node
   * answering. Check `health()` and the cluster's state. When it comes from a server reply,
   * `details.retryable` is `true` (see `READ_ONLY` for what that means).
   */
  CLUSTER_DOWN: 'CLUSTER_DOWN',
  /**
   * `scanPage` was given a node that is not (any longer) a master this client knows: after a failover
   * the promoted replica has another address. Nothing was sent. `details.nodes` lists the current
   * ones: call `scanNodes()` again and restart that node's walk from cursor `'0'` on the new master.
   */
  NODE_UNKNOWN: 'NODE_UNKNOWN',
  /**
   * The command was sent to a replica (server `READONLY`): usually a failover just demoted the master
   * this connection knew. Also a blocking command (BLPOP…) that its node released when it turned replica
   * (server `UNBLOCKED … instance state changed`); nothing was popped. `details.retryable` is `true`: retryable means the server refused the command
   * without running it, so sending it again after a short delay is safe (it cannot apply twice).
   */
  READ_ONLY: 'READ_ONLY',
  /** The server is loading its dataset after a restart (server `LOADING`). Retryable: retry after a delay. */
  LOADING: 'LOADING',
  /**
   * A Lua script or function has run longer than `busy-reply-threshold` (server `BUSY`); the server
   * refuses other commands until it ends or `SCRIPT KILL`. Retryable: retry after a delay.
   */
  BUSY_SCRIPT: 'BUSY_SCRIPT',
  /**
   * A multi-key command hit a slot being migrated (server `TRYAGAIN`, cluster resharding). Retryable:
   * retry after a delay.
   */
  TRY_AGAIN: 'TRY_AGAIN',
  /**
   * A replica lost its master and `replica-serve-stale-data` is off (server `MASTERDOWN`). Retryable:
   * retry after a delay.
   */
  MASTER_DOWN: 'MASTER_DOWN',
  /**
   * The server is at `maxmemory` and cannot evict (server `OOM`, e.g. policy `noeviction`). Refused
   * without running, but not retryable: it lasts until memory is freed. Free memory or raise `maxmemory`.
   */
  OUT_OF_MEMORY: 'OUT_OF_MEMORY',
  /**
   * EVALSHA of a script the server does not know (server `NOSCRIPT`). Not retryable as is: load the
   * script first (`defineScript` does that by itself).
   */
  NO_SCRIPT: 'NO_SCRIPT',
  /**
   * XGROUP CREATE of a consumer group that exists (server `BUSYGROUP`). Not retryable: the group is
   * there. `xgroupCreate` returns `false` instead of throwing this.
   */
  GROUP_EXISTS: 'GROUP_EXISTS',
  /** The key holds another data type than the command expects (server `WRONGTYPE`). */
  WRONG_TYPE: 'WRONG_TYPE',
  /**
   * Any other error reply from the server (Lua error, `NOGROUP`, an index out of range, …); the reply is
   * the `cause`.
   */
  SERVER_ERROR: 'SERVER_ERROR',
} as const;

/**
 * One code of the {@link redisErrorCodes} catalogue.
 */
export type RedisErrorCode = (typeof redisErrorCodes)[keyof typeof redisErrorCodes];
