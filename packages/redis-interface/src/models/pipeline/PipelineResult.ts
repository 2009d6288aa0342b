import type { RedisError } from '../errors/RedisError.js';

/**
 * The outcome of one queued command of a pipeline or transaction: its value (what the equivalent service
 * method would resolve to), or the error it failed with. A failed command does not fail the others.
 *
 * @typeParam T - the value type.
 */
export type PipelineResult<T = unknown> =
  | {
      /** The command succeeded. */
      readonly ok: true;
      /** Its value. */
      readonly value: T;
    }
  | {
      /** The command failed. */
      readonly ok: false;
      /** Why (`WRONG_TYPE`, `SERVER_ERROR`, `COMMAND_TIMEOUT`, …). */
      readonly error: RedisError;
    };
