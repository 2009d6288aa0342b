import type { RedisMode } from '../RedisMode.js';
import type { RedisClusterHealth } from './RedisClusterHealth.js';
import type { RedisMigrationHealth } from './RedisMigrationHealth.js';
import type { RedisNodeHealth } from './RedisNodeHealth.js';

/**
 * Overall state: `up` (everything answers), `degraded` (serving, but a node is down or slots are at risk or
 * unserved), `down` (cannot serve).
 */
export type RedisHealthStatus = 'up' | 'degraded' | 'down';

/**
 * What `health()` resolves to: one schema for both modes, safe to expose on a health endpoint (no password,
 * no URL credentials).
 *
 * @remarks
 * Standalone: `up` when PING answers, otherwise `down`. Cluster: the nodes are those in `CLUSTER NODES` of
 * a master that answers, each PINGed by the check (so a master that died is listed as `down` even before
 * the cluster marks it failed). `up` when `cluster_state` is ok, every known node answers and every slot is
 * served by a master that answered; `degraded` when the cluster state is ok but a node does not answer, or
 * slots are in PFAIL or served by a master that does not answer (the other slots still work); `down` when
 * the cluster state is `fail`, or no master answers or serves a slot.
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
  /**
   * One entry per node checked: the server in standalone mode; in cluster mode every node a master lists
   * (masters, failed ones included, and replicas), at the address this client reaches it (`natMap` applied).
   */
  readonly nodes: readonly RedisNodeHealth[];
  /** Cluster state and slot coverage (CLUSTER INFO); cluster mode only. */
  readonly cluster?: RedisClusterHealth;
  /**
   * A migrating service only (`REDIS_MODE=migrating`): the phase and both sides. The fields above are
   * then those of the authoritative side (the source until `cutover`), with `status` `degraded` when
   * the other side is not `up`.
   */
  readonly migration?: RedisMigrationHealth;
}
