import { RedisError } from '@org/redis-interface';
import type { Redis } from 'ioredis';
import { checkArguments } from '../../calculations/checks.js';
import { mapRedisError } from '../../calculations/mapRedisError.js';
import { settleUnanswered } from '../../calculations/settleUnanswered.js';
import { splitBatch } from '../../calculations/splitBatch.js';
import { splitReplies, type SplitReply } from '../../calculations/splitReplies.js';
import type { DriverTopology, QueuedCommand, RedisArgument, RedisKey } from '../../models/DriverTopology.js';
import { DeadlineQueue } from '../DeadlineQueue.js';
import { dedicatedConnectionsFor } from '../dedicatedConnectionsFor.js';
import { PendingCommand, type CommandProgress, type PendingCommandOwner } from '../PendingCommand.js';
import { sendBuffer } from '../sendBuffer.js';

type ConnectionState = 'new' | 'connected' | 'closed';

/**
 * The root of the service class chain: how one command is sent, with the guarantees every
 * command has (settles within the timeout, fails with a mapped {@link RedisError}).
 */
export abstract class CommandBase {
  /** Whether `connect()` ran and `quit()`/`disconnect()` did not. */
  protected state: ConnectionState = 'new';
  /** Set by `disconnect()`, cleared by `connect()`: commands it cuts off fail with NOT_CONNECTED. */
  protected disconnected = false;

  /** @param topology - what the driver's mode decides. */
  protected constructor(protected readonly topology: DriverTopology) {
    this.deadlines = new DeadlineQueue(topology.config.commandTimeoutMs);
    this.pendingOwner = {
      topology,
      settled: (command) => {
        this.settle(command);
      },
      disconnected: () => this.disconnected,
    };
  }

  /** Commands started and not yet settled, and who waits for that number to reach zero. */
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  /** Deadlines of commands with the plain command timeout, under one timer. */
  private readonly deadlines: DeadlineQueue;
  /** Told by each command when it settles (one object per service, not per command). */
  private readonly pendingOwner: PendingCommandOwner;

  /** One command settled: forget its deadline; wake `drain()` callers when none is left. */
  private settle(command: PendingCommand<unknown>): void {
    this.deadlines.remove(command);
    this.inFlight -= 1;
    if (this.inFlight > 0 || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolve when every command started so far has settled (graceful shutdown). */
  protected drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The configured key prefix (already applied by ioredis to command keys). */
  protected get keyPrefix(): string {
    return this.topology.config.keyPrefix;
  }

  /** The `NOT_CONNECTED` error of a command sent before `connect()` or after `quit()`. */
  private notConnected(command: string): RedisError {
    const when = this.state === 'new' ? 'before connect()' : 'after quit()/disconnect()';
    return new RedisError(
      'NOT_CONNECTED',
      `${command.toUpperCase()} was called ${when}: call connect() first.`,
    );
  }

  /**
   * Run `work` with the guarantees of every command: the connection check, a deadline of the
   * command timeout plus `extraTimeoutMs` (none when that is infinite: a blocking command asked
   * to wait forever), one more attempt after a cluster redirection, errors mapped to
   * {@link RedisError}, and one instrumentation event.
   */
  protected guard<T>(
    command: string,
    work: (progress: CommandProgress) => Promise<T>,
    extraTimeoutMs = 0,
    splitInto?: number,
  ): Promise<T> {
    if (this.state !== 'connected') return Promise.reject(this.notConnected(command));
    const timeoutMs = this.topology.config.commandTimeoutMs + extraTimeoutMs;
    return new Promise<T>((resolve, reject) => {
      const pending = new PendingCommand(
        this.pendingOwner,
        command,
        timeoutMs,
        splitInto,
        work,
        resolve,
        reject,
      );
      this.inFlight += 1;
      if (!Number.isFinite(timeoutMs)) {
        // No deadline: a blocking command asked to wait forever.
      } else if (extraTimeoutMs === 0) this.deadlines.add(pending);
      else
        pending.timer = setTimeout(() => {
          pending.expire();
        }, timeoutMs);
      pending.start();
    });
  }

  /**
   * Send one command on the shared client; ioredis applies the key prefix and cluster routing.
   * The first `keys` arguments must be keys, the others strings, Buffers or finite numbers: checked
   * inside the guard, so a bad one is a counted `INVALID_ARGUMENT` rejection and nothing is sent.
   */
  protected call<T>(command: string, args: readonly RedisArgument[], keys = 0): Promise<T> {
    return this.guard(command, () => this.raw<T>(command, args, keys));
  }

  /**
   * Like {@link CommandBase.call}, with the arguments built (and checked) inside the guard, so the
   * method need not be `async` to turn a bad argument into a rejection: nothing is sent then.
   */
  protected callBuilt<T>(command: string, build: () => readonly RedisArgument[], keys = 0): Promise<T> {
    return this.guard(command, () => this.raw<T>(command, build(), keys));
  }

  /**
   * Build (and check) arguments before `run` uses them; a bad one rejects through the guard, so it
   * is reported like any failure and nothing is sent. For commands whose sending is not one `call`
   * (split, dedicated connection, several nodes).
   */
  protected checked<A, T>(command: string, build: () => A, run: (built: A) => Promise<T>): Promise<T> {
    let built: A;
    try {
      built = build();
    } catch (error) {
      return this.guard(command, () => Promise.reject(error as Error));
    }
    return run(built);
  }

  /**
   * Like {@link CommandBase.call}, with bulk replies as Buffers. Goes through the typed
   * `<command>Buffer` method: ioredis 6 `callBuffer` drops the command name under auto-pipelining.
   */
  protected callBuffer<T>(
    command: 'get' | 'mget' | 'hget' | 'hgetall',
    args: readonly RedisArgument[],
    keys = 1,
  ): Promise<T> {
    return this.guard(command, () => {
      checkArguments(command, args, keys);
      return sendBuffer(this.topology.client, command, args) as Promise<T>;
    });
  }

  /**
   * Run `work` on a dedicated connection to the node serving `key` (blocking commands), with the
   * usual guarantees; the deadline is the command timeout plus `waitMs` of intended blocking.
   */
  protected onDedicated<T>(
    command: string,
    key: RedisKey | undefined,
    waitMs: number,
    work: (connection: Redis) => Promise<T>,
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

  /**
   * Send without the guard (inside a guarded operation that reports once for the whole), after the
   * last-line argument check ({@link checkArguments}: the first `keys` are keys).
   */
  protected raw<T>(command: string, args: readonly RedisArgument[], keys = 0): Promise<T> {
    checkArguments(command, args, keys);
    // The list as one argument (ioredis flattens it): cheaper than spreading it into rest parameters.
    return this.topology.client.call(command, args as RedisArgument[]) as Promise<T>;
  }

  /**
   * Run `commands` as one batch under one guard (one deadline, one instrumentation event) and
   * settle every one: the outcome of each command whose node answered in time, `COMMAND_TIMEOUT`
   * for those whose node did not, the batch's error for the rest when it failed as a whole. So one
   * unreachable node does not cost the replies of the healthy ones.
   * @param failOnRejected - report the batch as failed when a command failed (split commands).
   * @throws RedisError `NOT_CONNECTED` only.
   */
  protected guardBatch(
    command: string,
    commands: readonly QueuedCommand[],
    splitInto?: number,
    failOnRejected = false,
  ): Promise<PromiseSettledResult<unknown>[]> {
    const settled = new Array<PromiseSettledResult<unknown> | undefined>(commands.length);
    const send = async (): Promise<void> => {
      await this.topology.execBatch(commands, settled);
      const failure = failOnRejected ? settled.find((outcome) => outcome?.status === 'rejected') : undefined;
      // Mapped, so that a refusal's text (MOVED…) does not make the guard send everything again.
      if (failure?.status === 'rejected') throw mapRedisError(failure.reason, command);
    };
    return this.guard(command, send, 0, splitInto).then(
      () => settled as PromiseSettledResult<unknown>[],
      (error: unknown) => {
        if (RedisError.is(error, 'NOT_CONNECTED')) throw error;
        return settleUnanswered(commands, settled, error);
      },
    );
  }

  /**
   * A command over many keys that the topology may split (MGET, DEL…), reported as one command.
   * One group is sent as is; several (a cluster, keys in many slots) go as one batch, which the
   * cluster topology sends as one pipeline per node. Each reply comes back with its key positions.
   * @throws the first failed group's error code once every group has settled or the deadline has
   * passed, with `details.split` naming the failed keys, slots and nodes (other groups did run).
   */
  protected splitCall(
    command: string,
    keys: readonly RedisKey[],
    argsFor: (positions: readonly number[]) => RedisArgument[],
    buffer = false,
  ): Promise<SplitReply[]> {
    const groups = this.topology.splitKeys(keys);
    const [only] = groups;
    if (groups.length === 1 && only !== undefined) {
      return this.guard(command, async () => {
        const args = argsFor(only);
        const reply = buffer ? sendBuffer(this.topology.client, command, args) : this.raw(command, args);
        return [{ positions: only, reply: await reply }];
      });
    }
    const batch = splitBatch(command, keys, groups, argsFor, buffer);
    return this.guardBatch(command, batch, groups.length, true).then((settled) =>
      splitReplies(command, keys, groups, settled, this.topology),
    );
  }
}
