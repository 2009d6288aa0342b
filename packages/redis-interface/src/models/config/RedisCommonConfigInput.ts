import type { RedisTlsOptions } from './RedisTlsOptions.js';

/**
 * Options both modes share, as given by the caller; every one is optional.
 */
export interface RedisCommonConfigInput {
  /** ACL user name (Redis 6+). Omit for the `default` user. */
  readonly username?: string;
  /** Password of the ACL user (or `requirepass`). Never logged: see {@link redactRedisConfig}. */
  readonly password?: string;
  /** `true` for TLS with the system trust store, an object for custom settings, `false` (default) for plain TCP. */
  readonly tls?: boolean | RedisTlsOptions;
  /**
   * Prefix added to every key the service sends and removed from every key it returns (`scan`, `blpop`, …).
   * Not applied to pub/sub channels. Default `''`.
   */
  readonly keyPrefix?: string;
  /** How long connecting may take, in milliseconds. Default `10000`. */
  readonly connectTimeoutMs?: number;
  /** How long any command may wait for its reply, in milliseconds, also while disconnected. Default `5000`. */
  readonly commandTimeoutMs?: number;
  /** How often a command is retried after a connection loss before it fails. Default `3`. */
  readonly maxRetriesPerRequest?: number;
  /**
   * First delay before reconnecting after a connection loss, in milliseconds; it doubles per failed
   * attempt up to {@link reconnectMaxDelayMs}. Default `50`.
   */
  readonly reconnectInitialDelayMs?: number;
  /**
   * Longest delay between two reconnect attempts, in milliseconds (at least `reconnectInitialDelayMs`).
   * It bounds how long commands keep failing after the server answers again, whatever the downtime.
   * Each delay is shortened by up to a fifth at random so that many clients do not reconnect in
   * lockstep. Used for the standalone connection and for the cluster client's reconnects. Default `200`.
   */
  readonly reconnectMaxDelayMs?: number;
  /** Whether commands issued in the same tick are sent as one pipeline. Default `true`. */
  readonly enableAutoPipelining?: boolean;
  /** Name set with CLIENT SETNAME on every connection, shown by CLIENT LIST. No spaces. */
  readonly connectionName?: string;
  /**
   * Whether the standalone driver rejects what a cluster would reject (keys of one command in different hash
   * slots), so such code fails in development rather than after the move to cluster. Default `false`.
   */
  readonly strictCrossSlot?: boolean;
  /**
   * Most dedicated connections open at once per node (per master in cluster mode). Blocking commands
   * (`blpop`, `brpop`, `blmove`, `bzpopmin`, `xread`/`xreadgroup` with `block`…), `transaction()` and
   * `writeDurably()` each hold one of their own while they run. Past the maximum a caller waits, first come
   * first served, for one to be released, up to half of `commandTimeoutMs` (so that its command still has
   * time to run inside its deadline); a caller that gets none by then fails with `COMMAND_TIMEOUT` naming
   * this option. Up to 16 (or this maximum, if lower) are kept
   * idle per node for reuse. From 1 to 10000. Default `50`.
   */
  readonly maxDedicatedConnections?: number;
}
