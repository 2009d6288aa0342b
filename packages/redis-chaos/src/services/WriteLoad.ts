import type { IRedisService } from '@org/redis-interface';
import { chaosValue } from '../calculations/chaosValue.js';
import { LoadTally } from '../calculations/LoadTally.js';
import type { WriteKind } from '../models/LoadReport.js';

/** Sends one write; resolves when the layer acknowledged it. */
export type WriteFunction = (service: IRedisService, key: string, value: string) => Promise<unknown>;

/** What a {@link WriteLoad} does. */
export interface WriteLoadOptions {
  readonly kind: WriteKind;
  readonly write: WriteFunction;
  /** Concurrent writers; each awaits its write before sending the next. */
  readonly writers: number;
  /** Bound on writes per writer (the load is also stopped by time). */
  readonly maxWritesPerWriter: number;
  /** A write not settled after this long counts as hung; the writer moves on. */
  readonly hangAfterMs: number;
  /** Keys are `${keyPrefix}${writer}:${sequence}`, unique per write, spread over every slot. */
  readonly keyPrefix: string;
  /** Size of each value (`chaosValue`). */
  readonly valueBytes: number;
}

/**
 * Closed-loop writers: each writes a new key, waits for the outcome, and writes the next, until
 * stopped or out of writes. Every acknowledged key is kept for the check afterwards; its value is
 * {@link chaosValue} of the key, so a lost write is a missing or different value.
 */
export class WriteLoad {
  /** The counts so far. */
  public readonly tally: LoadTally;
  /** Keys whose write was acknowledged. */
  public readonly acked: string[] = [];
  private stopped = false;
  private writers: Promise<void>[] = [];
  private startedAt = 0;

  /**
   * @param service - a connected service.
   * @param options - the load's shape.
   */
  public constructor(
    private readonly service: IRedisService,
    private readonly options: WriteLoadOptions,
  ) {
    this.tally = new LoadTally(options.kind);
  }

  /** Start every writer. */
  public start(): void {
    this.startedAt = performance.now();
    this.writers = Array.from({ length: this.options.writers }, (_, index) => this.run(index));
  }

  /** Stop sending, wait for the writers' last outcomes. @returns how long the load ran, in ms. */
  public async stop(): Promise<number> {
    this.stopped = true;
    await Promise.all(this.writers);
    return performance.now() - this.startedAt;
  }

  private async run(writer: number): Promise<void> {
    for (let sequence = 0; !this.stopped && sequence < this.options.maxWritesPerWriter; sequence += 1)
      await this.writeOne(`${this.options.keyPrefix}${writer}:${sequence}`);
  }

  private writeOne(key: string): Promise<void> {
    const { tally } = this;
    tally.started();
    const started = performance.now();
    return new Promise<void>((resolve) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        tally.hang(performance.now());
        resolve();
      }, this.options.hangAfterMs);
      const finish = (error: unknown, ok: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const now = performance.now();
        if (ok) {
          tally.succeeded(now - started);
          this.acked.push(key);
        } else tally.failed(error, now - started, now);
        resolve();
      };
      let reply: Promise<unknown>;
      try {
        reply = this.options.write(this.service, key, chaosValue(key, this.options.valueBytes));
      } catch (error) {
        // A synchronous throw breaks the contract: it is counted as an untyped failure.
        finish(error, false);
        return;
      }
      reply.then(
        () => finish(undefined, true),
        (error: unknown) => finish(error, false),
      );
    });
  }
}
