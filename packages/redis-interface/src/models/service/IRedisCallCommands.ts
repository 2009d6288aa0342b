import type { RedisValue } from '../RedisValue.js';

/** The portable escape hatch for commands this interface has no member for. */
export interface IRedisCallCommands {
  /**
   * Send any Redis command with the guarantees of every member: the command timeout, error mapping to
   * a coded {@link @org/redis-interface!RedisError | RedisError}, instrumentation, and portable key handling.
   *
   * @remarks
   * The keys are found from the server's key specs (`COMMAND`, fetched on the first `call()` and
   * kept; when an ACL refuses `COMMAND`, from this layer's own command definitions): the configured
   * `keyPrefix` is applied to them, keys in different hash slots are refused with `CROSS_SLOT` (in a
   * cluster, and on a standalone server with `strictCrossSlot`), and in a cluster the command goes to
   * the master serving its keys. Replies are returned as the server sends them (bulk strings as UTF-8
   * text) and keys in replies keep the prefix. A reply error such as an unknown command or a wrong
   * number of arguments rejects with `SERVER_ERROR`.
   *
   * Refused before sending: commands that change or hold the shared connection (`SUBSCRIBE`, `MULTI`,
   * `WATCH`, `SELECT`, `MONITOR`, `QUIT`, `HELLO`, `AUTH`, `CLIENT REPLY`…) and blocking commands
   * (`BLPOP`, `XREAD BLOCK`… use the members, which block a dedicated connection) with
   * `INVALID_ARGUMENT` naming what to use instead. In a cluster, also with `UNSUPPORTED_IN_MODE`: a
   * command the server does not know (a module's), a write without a key (`FLUSHALL`, `FUNCTION LOAD`:
   * it would run on one random node), and a command answered by every node together (`DBSIZE`,
   * `KEYS`). With a `keyPrefix`, a command whose keys cannot be found is refused in both modes.
   *
   * @param command - the command name (`'OBJECT'`, `'memory'`), without arguments.
   * @param args - its arguments, a subcommand first (`call('MEMORY', 'USAGE', key)`); strings,
   * Buffers or finite numbers, keys unprefixed.
   * @returns the raw reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a bad name, argument
   * or refused command, `CROSS_SLOT`, `UNSUPPORTED_IN_MODE`, or what the server answers (`SERVER_ERROR`,
   * `WRONG_TYPE`…).
   * @example
   * ```ts
   * const bytes = await redis.call<number | null>('MEMORY', 'USAGE', 'user:1');
   * ```
   */
  call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T>;
}
