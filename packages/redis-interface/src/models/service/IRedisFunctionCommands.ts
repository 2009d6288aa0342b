import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';
import type {
  FunctionFlushOptions,
  FunctionListOptions,
  FunctionLoadOptions,
  FunctionRestoreOptions,
  RedisFunctionLibrary,
  RedisFunctionStats,
} from '../commands/ScriptTypes.js';

/**
 * Redis functions (Redis 7): libraries loaded once, functions called by name with `fcall`.
 *
 * @remarks
 * Each node has its own libraries, and a cluster does not copy them between masters: the commands that
 * change the libraries (`functionLoad`, `functionDelete`, `functionFlush`, `functionRestore`) are sent to
 * every master (replicas get them by replication), so `fcall` finds a function whatever the slot of its
 * keys. A master added to the cluster later has none: load them again. A fan-out that fails on one master
 * rejects, and may have changed the others (no atomicity across masters).
 */
export interface IRedisFunctionCommands {
  /**
   * FCALL: calls a function. One slot: its keys must share a hash slot (`CROSS_SLOT` before sending in
   * cluster mode and with `strictCrossSlot`); the call runs on the master of that slot (without keys: a
   * master the cluster client picks). Keys are given without `keyPrefix` (the driver adds it). Queueable.
   *
   * @typeParam TResult - what the function returns (not checked at run time).
   * @param name - the function's name.
   * @param keys - its keys.
   * @param args - its arguments (default none).
   * @returns the function's reply, decoded like a script's.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT`, `CROSS_SLOT` before
   * sending; `SERVER_ERROR` for an unknown function or a failing one.
   */
  fcall<TResult = unknown>(
    name: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * FCALL_RO: {@link IRedisFunctionCommands.fcall} for a function flagged `no-writes`; may be served by a
   * replica when reads go to replicas.
   *
   * @typeParam TResult - what the function returns.
   * @param name - the function's name.
   * @param keys - its keys, in one hash slot.
   * @param args - its arguments.
   * @returns the function's reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `fcall`; `SERVER_ERROR` for a function
   *   without the `no-writes` flag.
   */
  fcallRo<TResult = unknown>(
    name: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * FUNCTION LOAD: loads a library. Fan-out: sent to every master.
   *
   * @param code - the library source, starting with `#!lua name=<library>`.
   * @param options - `replace` to replace a library of that name.
   * @returns the library's name.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` before sending;
   * `SERVER_ERROR` when the code does not compile or the name is taken (without `replace`).
   */
  functionLoad(code: string, options?: FunctionLoadOptions): Promise<string>;
  /**
   * FUNCTION DELETE: deletes a library and its functions. Fan-out: every master.
   *
   * @param library - the library's name.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` when a master has no such
   *   library.
   */
  functionDelete(library: string): Promise<void>;
  /**
   * FUNCTION FLUSH: deletes every library. Fan-out: every master, including libraries of other applications.
   *
   * @param options - `async` for FUNCTION FLUSH ASYNC.
   */
  functionFlush(options?: FunctionFlushOptions): Promise<void>;
  /**
   * FUNCTION LIST. Fan-out: asked of every master; a library is listed only when every master has it (where
   * `fcall` works whatever the keys), as the first master describes it.
   *
   * @param options - `libraryName` pattern, `withCode`.
   * @returns the libraries.
   */
  functionList(options?: FunctionListOptions): Promise<RedisFunctionLibrary[]>;
  /**
   * FUNCTION STATS. Fan-out: one record per master, keyed by `host:port`, in both modes (a standalone
   * server gives a record of one entry), since each node runs and loads its own functions.
   * @returns what each master is running now and how many libraries and functions it has loaded.
   */
  functionStats(): Promise<Record<string, RedisFunctionStats>>;
  /**
   * FUNCTION DUMP: every library, serialised, for `functionRestore`. Cluster: from one master (the cluster
   * client picks it): libraries loaded through this interface are the same on every master.
   *
   * @returns the payload (binary).
   */
  functionDump(): Promise<Buffer>;
  /**
   * FUNCTION RESTORE: loads the libraries of a `functionDump` payload. Fan-out: every master.
   *
   * @param payload - from `functionDump`.
   * @param options - `policy`: `APPEND` (default), `REPLACE` or `FLUSH`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` (payload not a Buffer,
   * unknown policy) before sending; `SERVER_ERROR` for a bad payload or (APPEND) a library already loaded.
   */
  functionRestore(payload: Buffer, options?: FunctionRestoreOptions): Promise<void>;
}
