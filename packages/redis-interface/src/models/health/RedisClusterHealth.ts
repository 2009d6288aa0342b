/**
 * Cluster state and slot coverage, from CLUSTER INFO and CLUSTER NODES of a master that answered, with
 * `slotsOk` as observed by the health check.
 */
export interface RedisClusterHealth {
  /** `cluster_state`: `ok` when every slot is served. */
  readonly state: 'ok' | 'fail';
  /** Slots assigned to a master (16384 when complete). */
  readonly slotsAssigned: number;
  /**
   * Slots served by a master that answered this check's PING (and that the cluster reports ok): a master
   * that died no longer counts, even before the cluster marks it failed.
   */
  readonly slotsOk: number;
  /** Slots whose master some node suspects to be failing. */
  readonly slotsPfail: number;
  /** Slots whose master the cluster agrees has failed. */
  readonly slotsFail: number;
  /** Nodes the cluster knows, masters and replicas. */
  readonly knownNodes: number;
  /** Masters serving at least one slot, answering or not. */
  readonly masters: number;
  /** Replicas listed, answering or not. */
  readonly replicas: number;
}
