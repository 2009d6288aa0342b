import type {
  RedisCommonConfig,
  RedisError,
  RedisErrorCode,
  RedisHealth,
  RedisMode,
} from '@org/redis-interface';
import type { Instrumentation } from '../services/instrumentation.js';
import type { NodeConnection } from './NodeConnection.js';
import type { RedisArgument, RedisKey } from './RedisArgument.js';
import type { SharedClient } from './SharedClient.js';
import type { SubscriberConnection } from './SubscriberConnection.js';

export type { NodeConnection } from './NodeConnection.js';
export type { RedisArgument, RedisKey } from './RedisArgument.js';
export type { SharedClient } from './SharedClient.js';
export type { SubscriberConnection } from './SubscriberConnection.js';

/** A command recorded by a pipeline or transaction, sent later. */
export interface QueuedCommand {
  /** Lower-case command name. */
  readonly command: string;
  /** Its arguments, keys unprefixed (the engine applies the prefix). */
  readonly args: readonly RedisArgument[];
  /** Its first key: where a cluster sends it. */
  readonly key: RedisKey | undefined;
  /** Every key, when it has more than one (they share a slot), for a transaction's slot check. */
  readonly slotKeys?: readonly RedisKey[] | undefined;
  /** Set when the arguments were invalid: reported at exec, never sent. */
  readonly invalid?: RedisError | undefined;
  /** Bulk replies as Buffers (getBuffer). */
  readonly buffer?: true | undefined;
  /** Turns the raw reply into the documented result. */
  readonly transform: (reply: unknown) => unknown;
  /** A server error that is the command's outcome (see `CommandDefinition.expected`). */
  readonly expected?:
    | {
        /** The code of the error that is the outcome. */
        readonly code: RedisErrorCode;
        /** The entry's value instead of the error. */
        readonly result: unknown;
      }
    | undefined;
}

/**
 * What differs between a standalone server and a cluster, behind one shape. The command
 * implementations in this package are written once against it; each driver supplies one.
 *
 * @remarks
 * The engine boundary: core hands it an argv with its routing (first key on {@link SharedClient},
 * a node on {@link NodeConnection}, every master, a dedicated connection) and gets replies back.
 * No client library object crosses it, except {@link DriverTopology.nativeClient} for the user.
 * @typeParam TNative - what `nativeClient()` returns (the driver's own client object).
 */
export interface DriverTopology<TNative = unknown> {
  /** `standalone` or `cluster`. */
  readonly mode: RedisMode;
  /** The validated configuration (for the key prefix, timeouts, strictCrossSlot). */
  readonly config: RedisCommonConfig;
  /** Publishes this client's events (diagnostics_channel). */
  readonly instrumentation: Instrumentation;
  /** The shared client every non-blocking command goes through. */
  readonly client: SharedClient;
  /** The driver's own client object behind {@link DriverTopology.client}, for `nativeClient()`; core never uses it. */
  nativeClient(): TNative;
  /**
   * Throw `CROSS_SLOT` before sending when `keys` must share a slot and do not: always in a
   * cluster, only with `strictCrossSlot` on a standalone server.
   */
  checkSameSlot(command: string, keys: readonly RedisKey[]): void;
  /** Split a multi-key command's key positions into groups that can each run as one command. */
  splitKeys(keys: readonly RedisKey[]): number[][];
  /**
   * One connection per master, for commands that must visit the whole keyspace: together they serve
   * every slot. A cluster refreshes its slot table first when a slot's master has no connection.
   * @throws RedisError `CLUSTER_DOWN` when no master is known or some slot has no reachable master.
   */
  masters(): Promise<readonly NodeConnection[]>;
  /**
   * One connection per node, replicas included (a cluster's classic subscribers may be connected to
   * any node): for PUBSUB introspection.
   */
  nodes(): Promise<readonly NodeConnection[]>;
  /**
   * A connection of its own on the master serving `key`, for blocking commands, WATCH and WAIT
   * (durable writes). `command` names the caller in the error when every connection to that node
   * stays busy past the wait (`COMMAND_TIMEOUT` naming `maxDedicatedConnections`).
   */
  acquireDedicated(key: RedisKey | undefined, command: string): Promise<NodeConnection>;
  /** Give a dedicated connection back (it is reused or closed). */
  releaseDedicated(connection: NodeConnection): void;
  /**
   * The connection subscriptions live on (created and connected on first use), re-subscribed by
   * the engine after a reconnect. `sharded` asks for SSUBSCRIBE support (cluster only).
   * @throws RedisError `UNSUPPORTED_IN_MODE` when `sharded` is asked for and not configured.
   */
  subscriber(sharded: boolean): Promise<SubscriberConnection>;
  /**
   * Run independent commands as one batch: standalone in one pipeline, cluster split per node.
   * Each command's outcome is written to `settled` at its position as soon as it is final (its
   * node's group has answered), so that the caller's deadline can keep the outcomes of healthy
   * nodes when another node does not answer. Resolves when every command has settled; never
   * rejects. No atomicity. Sends each command once: a refused one (MOVED, ASK, TRYAGAIN) is
   * settled with its refusal, and `runBatch` decides whether to send it again.
   * @param only - send just these positions, each routed by the client itself (following
   *   redirections): the one re-send of refused commands, after {@link DriverTopology.recoverFrom}.
   */
  execBatch(
    commands: readonly QueuedCommand[],
    settled: (PromiseSettledResult<unknown> | undefined)[],
    only?: readonly number[],
  ): Promise<void>;
  /** `host:port` of the master serving `key` as the client routes it now; `undefined` when unknown. */
  nodeFor(key: RedisKey): string | undefined;
  /**
   * Called when a command or a batch failed: resolve `true` when the failure means the command was
   * refused without running and the topology has recovered (a cluster MOVED, ASK or TRYAGAIN that
   * the engine did not follow, after a slot-table refresh), so the command is sent once more. The one
   * place that decides a re-send: `PendingCommand` asks it for single commands and batches alike.
   */
  recoverFrom(error: unknown): Promise<boolean>;
  /** Connect, and check that the server's mode is the configured one. */
  connect(): Promise<void>;
  /** Close every connection gracefully (QUIT after pending replies). */
  quit(): Promise<void>;
  /** Close every connection now. */
  disconnect(): void;
  /** One health report, same schema in both modes. */
  health(): Promise<RedisHealth>;
}
