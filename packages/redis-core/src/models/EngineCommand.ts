import type { RedisArgument } from './RedisArgument.js';

/** One command of a pipeline or a transaction, as core hands it to a {@link NodeConnection}. */
export interface EngineCommand {
  /** Lower-case command name. */
  readonly command: string;
  /** Its arguments, keys unprefixed: the engine applies the configured key prefix. */
  readonly args: readonly RedisArgument[];
  /** Bulk replies as Buffers instead of UTF-8 strings. */
  readonly buffer?: true | undefined;
}
