import { RedisError, type RedisErrorCode } from '@org/redis-interface';
import { commandTimeoutError } from '../calculations/commandTimeoutError.js';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { CallerError } from '../models/CallerError.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import type { DeadlineEntry } from './DeadlineQueue.js';

/** What a {@link PendingCommand} reports to the service that started it. */
export interface PendingCommandOwner {
  /** Instrumentation and redirection recovery. */
  readonly topology: Pick<DriverTopology, 'instrumentation' | 'recoverFrom'>;
  /** Called once when the command settles (replied, failed or timed out). */
  settled(command: PendingCommand<unknown>): void;
  /** Whether `disconnect()` was called since the last `connect()`. */
  disconnected(): boolean;
}

/**
 * What a command's work may ask of its guard while it runs: whether the caller already has its answer
 * (the deadline passed while the work waited for a connection), so that nothing is sent for nobody.
 */
export interface CommandProgress {
  /** True once the caller's promise has settled. */
  readonly settled: boolean;
}

/**
 * One guarded command in flight: settles its caller's promise exactly once, with the reply,
 * with the mapped error, or with `COMMAND_TIMEOUT` when its deadline passes first. A failure
 * the topology can recover from (a cluster MOVED that ioredis did not follow) sends it once more.
 *
 * One object per command instead of nested async functions and `Promise.race`: this is the hot
 * path of every command.
 */
export class PendingCommand<T> implements DeadlineEntry, CommandProgress {
  public deadline = 0;
  public previous: DeadlineEntry | undefined = undefined;
  public next: DeadlineEntry | undefined = undefined;
  public queued = false;
  /** Timer of a command whose deadline differs from the shared one (blocking commands). */
  public timer: NodeJS.Timeout | undefined = undefined;
  private done = false;
  private retried = false;
  private readonly started: number;

  public constructor(
    private readonly owner: PendingCommandOwner,
    public readonly command: string,
    private readonly timeoutMs: number,
    private readonly splitInto: number | undefined,
    private readonly work: (progress: CommandProgress) => Promise<T>,
    private readonly resolve: (value: T) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.started = owner.topology.instrumentation.observingCommands ? performance.now() : 0;
  }

  /** Send (or send again). */
  public start(): void {
    let reply: Promise<T>;
    try {
      reply = this.work(this);
    } catch (error) {
      this.fail(error);
      return;
    }
    reply.then(
      (value) => {
        this.succeed(value);
      },
      (error: unknown) => {
        this.recoverOrFail(error);
      },
    );
  }

  /** Whether the caller has its answer already (replied, failed or timed out). */
  public get settled(): boolean {
    return this.done;
  }

  /** The deadline passed first. */
  public expire(): void {
    this.fail(commandTimeoutError(this.command, this.timeoutMs));
  }

  private recoverOrFail(error: unknown): void {
    if (this.done) return;
    if (this.retried) {
      this.fail(error);
      return;
    }
    this.retried = true;
    this.owner.topology.recoverFrom(error).then(
      (recovered) => {
        if (recovered && !this.done) this.start();
        else this.fail(error);
      },
      () => {
        this.fail(error);
      },
    );
  }

  private succeed(value: T): void {
    if (this.done) return;
    this.finish();
    this.report('ok');
    this.resolve(value);
  }

  private fail(error: unknown): void {
    if (this.done) return;
    this.finish();
    if (error instanceof CallerError) {
      this.report('error');
      this.reject(error.original);
      return;
    }
    const mapped = this.closedUnderIt(mapRedisError(error, this.command));
    this.report('error', mapped.code);
    this.reject(mapped);
  }

  /**
   * A command lost with the connection that `disconnect()` closed fails as `disconnect` promises,
   * with `NOT_CONNECTED`: the caller closed it, no server or network failed.
   */
  private closedUnderIt(mapped: RedisError): RedisError {
    if (mapped.code !== 'CONNECTION_FAILED' || !this.owner.disconnected()) return mapped;
    return new RedisError(
      'NOT_CONNECTED',
      `${this.command.toUpperCase()} was pending when disconnect() closed the connection: it may or may not have run on the server.`,
      { cause: mapped },
    );
  }

  private finish(): void {
    this.done = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.owner.settled(this as PendingCommand<unknown>);
  }

  private report(outcome: 'ok' | 'error', errorCode?: RedisErrorCode): void {
    if (this.started === 0) return;
    this.owner.topology.instrumentation.command(
      this.command,
      performance.now() - this.started,
      outcome,
      errorCode,
      this.splitInto,
    );
  }
}
