/**
 * What failed of a multi-key command split over several nodes (cluster MGET, MSET, DEL, UNLINK,
 * EXISTS, TOUCH with keys in several slots): found in `details.split` of the error it rejects with.
 *
 * @remarks
 * The command is sent as one group per slot, the groups in parallel. When one group fails (its node is
 * down, paused, or failing over), the command rejects with that group's error code once every other group
 * has settled or the command timeout has passed. The other groups did run: a split write (MSET, DEL,
 * UNLINK, TOUCH) may have been applied to their keys, and the failed groups' own commands may still have
 * run on a node that answered too late. Nothing is rolled back.
 */
export interface RedisSplitFailure {
  /** The command, upper case, e.g. `MGET`. */
  readonly command: string;
  /** How many groups (one per slot) the keys were split into. */
  readonly groups: number;
  /** How many of them failed. */
  readonly failedGroups: number;
  /** The caller's keys (without the key prefix) whose group failed, in the caller's order. */
  readonly failedKeys: readonly string[];
  /** The slots of the failed groups. */
  readonly failedSlots: readonly number[];
  /** `host:port` of the master each failed slot was routed to, as the client knew it; empty when unknown. */
  readonly failedNodes: readonly string[];
  /**
   * For the counting commands (DEL, UNLINK, EXISTS, TOUCH): the sum of the replies of the groups that
   * answered. A lower bound only: a failed group may have counted keys before its reply was lost.
   */
  readonly answeredCount?: number;
}
