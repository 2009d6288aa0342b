import type { Redis } from 'ioredis';
import type { SeedCommand } from '../models/SeedKey.js';
import { TestkitError } from '../models/TestkitError.js';

/** Limits of a {@link PipelineBatcher}: what bounds the memory it holds. */
export interface BatchLimits {
  /** Commands per pipeline (default 1 000). */
  readonly commands?: number;
  /** Argument bytes per pipeline, roughly (default 4 MiB): big-key commands are large. */
  readonly bytes?: number;
  /** Pipelines in flight per connection (default 2): one being answered while the next is sent. */
  readonly inFlight?: number;
}

interface Lane {
  readonly client: Redis;
  batch: SeedCommand[];
  bytes: number;
  readonly pending: Set<Promise<void>>;
  /** First failure of a pipeline of this lane, thrown by the next `add` or `flush`. */
  failure?: Error;
}

function argumentBytes(command: SeedCommand): number {
  let total = 0;
  for (const argument of command) total += argument.length + 8;
  return total;
}

/**
 * Collects commands per connection and sends them as raw pipelines, bounded in commands, bytes
 * and pipelines in flight. Commands for one connection keep their order (one socket, in order).
 */
export class PipelineBatcher {
  private readonly lanes: Lane[];
  private readonly maxCommands: number;
  private readonly maxBytes: number;
  private readonly maxInFlight: number;

  /** @param clients - one connected client per lane (per master). */
  public constructor(clients: readonly Redis[], limits: BatchLimits = {}) {
    this.lanes = clients.map((client) => ({ client, batch: [], bytes: 0, pending: new Set() }));
    this.maxCommands = limits.commands ?? 1_000;
    this.maxBytes = limits.bytes ?? 4 * 1024 * 1024;
    this.maxInFlight = limits.inFlight ?? 2;
  }

  /**
   * Queue `commands` on lane `lane`; resolves at once unless a full batch had to wait for a free
   * slot (that is the back-pressure that keeps memory flat).
   * @throws TestkitError `SEED_FAILED` when an earlier pipeline of that lane had a refused command.
   */
  public async add(lane: number, commands: readonly SeedCommand[]): Promise<void> {
    const target = this.lanes[lane];
    if (target === undefined) throw new RangeError(`No lane ${lane}`);
    if (target.failure !== undefined) throw target.failure;
    for (const command of commands) {
      target.batch.push(command);
      target.bytes += argumentBytes(command);
      if (target.batch.length >= this.maxCommands || target.bytes >= this.maxBytes) await this.send(target);
    }
  }

  /**
   * Send what is queued and wait for every pipeline to be answered.
   * @throws TestkitError `SEED_FAILED` naming the first refused command.
   */
  public async flush(): Promise<void> {
    for (const lane of this.lanes) if (lane.batch.length > 0) await this.send(lane);
    await Promise.all(this.lanes.flatMap((lane) => [...lane.pending]));
    const failure = this.lanes.find((lane) => lane.failure !== undefined)?.failure;
    if (failure !== undefined) throw failure;
  }

  private async send(lane: Lane): Promise<void> {
    while (lane.pending.size >= this.maxInFlight) await Promise.race(lane.pending);
    const batch = lane.batch;
    lane.batch = [];
    lane.bytes = 0;
    // Failures are kept, not left as rejected promises nobody awaits (an unhandled rejection).
    const sent: Promise<void> = exec(lane.client, batch)
      .catch((error: unknown) => {
        lane.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => lane.pending.delete(sent));
    lane.pending.add(sent);
  }
}

async function exec(client: Redis, batch: readonly SeedCommand[]): Promise<void> {
  const replies = await client.pipeline(batch.map((command) => ['call', ...command])).exec();
  const failed = replies?.findIndex(([error]) => error !== null) ?? -1;
  if (replies === null || failed !== -1) {
    const command = batch[failed]?.[0] ?? 'pipeline';
    const error = replies?.[failed]?.[0];
    throw new TestkitError('SEED_FAILED', `Seeding failed on ${command}: ${String(error ?? 'no reply')}`, {
      cause: error,
    });
  }
}
