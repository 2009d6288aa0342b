import type { QueuedCommands } from './QueuedCommands.js';

/**
 * Commands that can be queued on a pipeline, a transaction or a durable write (see {@link QueueableCommand}).
 * Each takes the arguments of the {@link IRedisService} member of the same name, returns the queue for
 * chaining, and contributes one {@link PipelineResult} whose value is what that member resolves to. Nothing is sent until `exec()` (pipeline) or until the
 * transaction function returns.
 *
 * @remarks
 * Argument errors (a TTL of 0, a key that is not a string or Buffer, `null` options, …) do not throw here:
 * they become that command's failed result, coded `INVALID_ARGUMENT`, and that command is not sent (a
 * transaction sends nothing and rejects with it).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members come from QueuedCommands
export interface IRedisCommandQueue extends QueuedCommands<IRedisCommandQueue> {}
