import type { RedisTlsConfig } from './RedisTlsConfig.js';

/**
 * Options both modes share, after validation, with every default filled.
 * See {@link RedisCommonConfigInput} for what each one means.
 */
export interface RedisCommonConfig {
  /** ACL user name; absent for the `default` user. */
  readonly username?: string;
  /** Password; absent when none is needed. */
  readonly password?: string;
  /** TLS settings, or `false` for plain TCP. */
  readonly tls: RedisTlsConfig | false;
  /** Key prefix; `''` for none. */
  readonly keyPrefix: string;
  /** Connect timeout in milliseconds. */
  readonly connectTimeoutMs: number;
  /** Command timeout in milliseconds. */
  readonly commandTimeoutMs: number;
  /** Retries per command after a connection loss. */
  readonly maxRetriesPerRequest: number;
  /** First reconnect delay in milliseconds. */
  readonly reconnectInitialDelayMs: number;
  /** Longest reconnect delay in milliseconds (at least `reconnectInitialDelayMs`). */
  readonly reconnectMaxDelayMs: number;
  /** Whether auto-pipelining is on. */
  readonly enableAutoPipelining: boolean;
  /** CLIENT SETNAME value; absent when not set. */
  readonly connectionName?: string;
  /** Whether standalone mode enforces cluster slot rules. */
  readonly strictCrossSlot: boolean;
  /** Most dedicated connections (blocking commands, transactions, durable writes) open at once per node. */
  readonly maxDedicatedConnections: number;
}
