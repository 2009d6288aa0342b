import type { RedisMode } from '../RedisMode.js';
import type { RedisClusterHealth } from './RedisClusterHealth.js';
import type { RedisNodeHealth } from './RedisNodeHealth.js';

/**
 * Overall state: `up` (everything answers), `degraded` (serving, but a node is down or slots are at risk),
 * `down` (cannot serve).
 */
export type RedisHealthStatus = 'up' | 'degraded' | 'down';

/**
 * What `health()` resolves to: one schema for both modes, safe to expose on a health endpoint (no password,
 * no URL credentials).
 *
 * @remarks
 * Standalone: `up` when PING answers, otherwise `down`. Cluster: `up` when `cluster_state` is ok and every
 * known node answers; `degraded` when the cluster still serves every slot but a node is down or slots are
 * in PFAIL/FAIL; `down` when the cluster state is `fail` or no master answers.
 */
export interface RedisHealth {
  /** Overall state. */
  readonly status: RedisHealthStatus;
  /** Configured mode. */
  readonly mode: RedisMode;
  /** When the check ran, ISO 8601. */
  readonly checkedAt: string;
  /** Round-trip time of the whole check in milliseconds, when it completed. */
  readonly latencyMs?: number;
  /** One entry per node checked: the server in standalone mode, every known node in cluster mode. */
  readonly nodes: readonly RedisNodeHealth[];
  /** Cluster state and slot coverage (CLUSTER INFO); cluster mode only. */
  readonly cluster?: RedisClusterHealth;
}
