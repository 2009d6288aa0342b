/**
 * Cluster state and slot coverage, from CLUSTER INFO and CLUSTER NODES.
 */
export interface RedisClusterHealth {
  /** `cluster_state`: `ok` when every slot is served. */
  readonly state: 'ok' | 'fail';
  /** Slots assigned to a master (16384 when complete). */
  readonly slotsAssigned: number;
  /** Slots whose master is reachable. */
  readonly slotsOk: number;
  /** Slots whose master some node suspects to be failing. */
  readonly slotsPfail: number;
  /** Slots whose master the cluster agrees has failed. */
  readonly slotsFail: number;
  /** Nodes the cluster knows, masters and replicas. */
  readonly knownNodes: number;
  /** Masters serving at least one slot. */
  readonly masters: number;
  /** Replicas. */
  readonly replicas: number;
}
