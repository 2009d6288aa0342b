import type { QueuedCommands } from './QueuedCommands.js';
import type { PipelineResult } from './PipelineResult.js';

/**
 * A batch of commands sent together, returned by `pipeline()`. Not a transaction: other clients' commands
 * may run in between, and nothing is rolled back.
 *
 * @remarks
 * Cluster: the commands are split per node at `exec()`, the groups run in parallel, and the results come
 * back in the order the commands were queued. There is no atomicity, not even per node.
 */
export interface IRedisPipeline extends QueuedCommands<IRedisPipeline> {
  /** How many commands are queued. */
  readonly length: number;
  /**
   * Send every queued command.
   *
   * @returns one result per queued command, in the caller's order, within about the command timeout. A
   * command that failed (server error, invalid argument, or its node unreachable: `COMMAND_TIMEOUT` when the
   * node did not answer in time, `CONNECTION_FAILED` or `CLUSTER_DOWN` when it could not be reached) has
   * `ok: false`; the others are unaffected. On a standalone server that is down every command has
   * `ok: false`. A command that timed out may still have run.
   * @throws {@link RedisError} `NOT_CONNECTED` when the service is not connected, or `INVALID_ARGUMENT`
   * when `exec()` is called twice.
   */
  exec(): Promise<PipelineResult[]>;
}
