import { RedisError } from '@org/redis-interface';
import type { Definition } from '../models/CommandDefinition.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { DeadlineQueue } from './DeadlineQueue.js';
import { PendingCommand, type CommandProgress, type PendingCommandOwner } from './PendingCommand.js';
import { runBlocking } from './runBlocking.js';
import { runCommand } from './runCommand.js';
import { runFanOut } from './runFanOut.js';
import { runNode } from './runNode.js';
import { runSplit } from './runSplit.js';
import type { ServiceParts } from './ServiceParts.js';

type ConnectionState = 'new' | 'connected' | 'closed';

/**
 * Runs commands with the guarantees every command has: the connection check, one deadline
 * structure (every command settles within the command timeout, plus what a blocking command asked
 * for), one more attempt after a refused cluster redirection, errors mapped to a coded
 * {@link RedisError}, and one instrumentation event, failures decided before sending included.
 * A service is assembled around one executor and its {@link ServiceParts}; nothing inherits from it.
 */
export class CommandExecutor {
  /** Whether `connect()` ran and `quit()`/`disconnect()` did not. */
  private state: ConnectionState = 'new';
  /** Set by `disconnect()`, cleared by `connect()`: commands it cuts off fail with NOT_CONNECTED. */
  private disconnected = false;
  /** Commands started and not yet settled, and who waits for that number to reach zero. */
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  /** Deadlines of commands with the plain command timeout, under one timer. */
  private readonly deadlines: DeadlineQueue;
  /** Told by each command when it settles (one object per service, not per command). */
  private readonly pendingOwner: PendingCommandOwner;

  /**
   * @param topology - what the driver's mode decides.
   * @param parts - the rest of the service's state, for its operations; the executor never reads it.
   */
  public constructor(
    public readonly topology: DriverTopology,
    public readonly parts: ServiceParts,
  ) {
    this.deadlines = new DeadlineQueue(topology.config.commandTimeoutMs);
    this.pendingOwner = {
      topology,
      settled: (command) => {
        this.settle(command);
      },
      disconnected: () => this.disconnected,
    };
  }

  /** `new`, `connected` or `closed`. */
  public get connectionState(): ConnectionState {
    return this.state;
  }

  /** `connect()` succeeded: commands may run. */
  public opened(): void {
    this.state = 'connected';
    this.disconnected = false;
  }

  /** `quit()` (`cutOff` false) or `disconnect()` (true): later commands fail with NOT_CONNECTED. */
  public closed(cutOff: boolean): void {
    this.state = 'closed';
    if (cutOff) this.disconnected = true;
  }

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
  public drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
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
   * Run `work` with the guarantees of every command; the deadline is the command timeout plus
   * `extraTimeoutMs` (none when that is infinite: a blocking command asked to wait forever).
   * `splitInto` is reported to the instrumentation (a command split by slot).
   */
  public guard<T>(
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
   * Run one definition with `args` (the member's arguments) and the guarantees of every command.
   * A bad argument rejects (counted, nothing sent); never throws synchronously.
   */
  public run<A extends readonly unknown[], R>(definition: Definition<A, R>, args: A): Promise<R> {
    switch (definition.kind) {
      case 'split':
        return runSplit(this, definition, args);
      case 'fanOut':
        return runFanOut(this, definition, args);
      case 'blocking':
        return runBlocking(this, definition, args);
      case 'node':
        return runNode(this, definition, args);
      default:
        return runCommand(this, definition, args);
    }
  }

  /**
   * Build (and check) arguments before `run` uses them; a bad one rejects through the guard, so it
   * is reported like any failure and nothing is sent. For operations that are not one definition.
   */
  public checked<B, T>(command: string, build: () => B, run: (built: B) => Promise<T>): Promise<T> {
    let built: B;
    try {
      built = build();
    } catch (error) {
      return this.guard(command, () => Promise.reject(error as Error));
    }
    return run(built);
  }
}
