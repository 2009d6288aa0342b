import { checkArguments } from '../../calculations/checks.js';
import type { SplitReply } from '../../calculations/splitReplies.js';
import type {
  DriverTopology,
  NodeConnection,
  QueuedCommand,
  RedisArgument,
  RedisKey,
} from '../../models/DriverTopology.js';
import { CommandExecutor } from '../CommandExecutor.js';
import { dedicatedConnectionsFor } from '../dedicatedConnectionsFor.js';
import { executorOf, type ExecutorHost } from '../installDefinitions.js';
import type { CommandProgress } from '../PendingCommand.js';
import { runBatch } from '../runBatch.js';
import { runSplit } from '../runSplit.js';

/**
 * The command groups not yet written as definitions, over the service's {@link CommandExecutor}:
 * each helper here is a thin call into it, so these groups have the guarantees of every command.
 * The groups leave this chain one by one as their commands become definitions.
 */
export abstract class CommandBase implements ExecutorHost {
  /** Runs every command of this service. */
  public readonly [executorOf]: CommandExecutor;

  /** @param topology - what the driver's mode decides. */
  protected constructor(protected readonly topology: DriverTopology) {
    this[executorOf] = new CommandExecutor(topology);
  }

  /** The configured key prefix (already applied by the engine to command keys). */
  protected get keyPrefix(): string {
    return this.topology.config.keyPrefix;
  }

  /** See {@link CommandExecutor.guard}. */
  protected guard<T>(
    command: string,
    work: (progress: CommandProgress) => Promise<T>,
    extraTimeoutMs = 0,
    splitInto?: number,
  ): Promise<T> {
    return this[executorOf].guard(command, work, extraTimeoutMs, splitInto);
  }

  /** Send one command on the shared client; the first `keys` arguments must be keys (checked inside the guard). */
  protected send<T>(command: string, args: readonly RedisArgument[], keys = 0): Promise<T> {
    return this.guard(command, () => this.raw<T>(command, args, keys));
  }

  /** Like {@link CommandBase.send}, with the arguments built (and checked) inside the guard. */
  protected callBuilt<T>(command: string, build: () => readonly RedisArgument[], keys = 0): Promise<T> {
    return this.guard(command, () => this.raw<T>(command, build(), keys));
  }

  /** See {@link CommandExecutor.checked}. */
  protected checked<A, T>(command: string, build: () => A, run: (built: A) => Promise<T>): Promise<T> {
    return this[executorOf].checked(command, build, run);
  }

  /** Like {@link CommandBase.send}, with bulk replies as Buffers. */
  protected callBuffer<T>(command: string, args: readonly RedisArgument[], keys = 1): Promise<T> {
    return this.guard(command, () => {
      checkArguments(command, args, keys);
      return this.topology.client.callBuffer(command, args) as Promise<T>;
    });
  }

  /** Run `work` on a dedicated connection to the node serving `key`; the deadline grows by `waitMs`. */
  protected onDedicated<T>(
    command: string,
    key: RedisKey | undefined,
    waitMs: number,
    work: (connection: NodeConnection) => Promise<T>,
  ): Promise<T> {
    return this.guard(
      command,
      async (progress) => {
        const dedicated = dedicatedConnectionsFor(this.topology, command, progress);
        const connection = await dedicated.acquire(key);
        try {
          return await work(connection);
        } finally {
          dedicated.release(connection);
        }
      },
      waitMs,
    );
  }

  /** Send without the guard, after the last-line argument check (the first `keys` are keys). */
  protected raw<T>(command: string, args: readonly RedisArgument[], keys = 0): Promise<T> {
    checkArguments(command, args, keys);
    return this.topology.client.call(command, args) as Promise<T>;
  }

  /** See {@link runBatch}. */
  protected guardBatch(
    command: string,
    commands: readonly QueuedCommand[],
    splitInto?: number,
    failOnRejected = false,
  ): Promise<PromiseSettledResult<unknown>[]> {
    return runBatch(this[executorOf], command, commands, splitInto, failOnRejected);
  }

  /** A command over many keys split by slot (see {@link runSplit}), each reply with its key positions. */
  protected splitCall(
    command: string,
    keys: readonly RedisKey[],
    argsFor: (positions: readonly number[]) => RedisArgument[],
    buffer = false,
  ): Promise<SplitReply[]> {
    return runSplit(
      this[executorOf],
      {
        kind: 'split',
        command,
        empty: [],
        build: () => ({ keys, argsFor }),
        merge: (replies) => [...replies],
        ...(buffer ? { buffer: true as const } : {}),
      },
      [],
    );
  }
}
