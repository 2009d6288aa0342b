import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import {
  redisDiagnosticsChannels,
  type RedisCommandEvent,
  type RedisConnectionEvent,
} from '@org/redis-interface';
import type { LiveStatusError } from '../models/LiveStatus.js';

const keptErrors = 5;

/**
 * What the diagnostics channels say about one instance's clients (those whose `client` label is in
 * `labels`): whether a connection is lost, how many commands settled, the last failures. Subscribing
 * costs the drivers one event object per command; nothing is wrapped.
 */
export class RedisEventWatch {
  // Labels seen lost, with the time they were: a client that starts reconnecting or closes
  // (`ended`, after quit, is a shutdown and clears it).
  private readonly lostSince = new Map<string, number>();
  private settled = 0;
  private readonly errors: LiveStatusError[] = [];
  private readonly labels: ReadonlySet<string>;

  private readonly onCommand = (raw: unknown): void => {
    const event = raw as RedisCommandEvent;
    if (!this.labels.has(event.client)) return;
    this.settled += 1;
    if (event.outcome !== 'error') return;
    this.errors.unshift({
      at: new Date().toISOString(),
      command: event.command,
      code: event.errorCode ?? 'unknown',
    });
    this.errors.length = Math.min(this.errors.length, keptErrors);
  };

  private readonly onConnection = (raw: unknown): void => {
    const { client, state } = raw as RedisConnectionEvent;
    if (!this.labels.has(client)) return;
    const wasLost = this.lostSince.size > 0;
    if (state === 'ready' || state === 'ended') this.lostSince.delete(client);
    else if (!this.lostSince.has(client)) this.lostSince.set(client, Date.now());
    if (wasLost !== this.lostSince.size > 0) this.onChange();
  };

  /**
   * @param labels - the clients' labels ({@link statusClientLabels}).
   * @param onChange - called when the first connection is lost and when the last one is back.
   */
  public constructor(
    labels: readonly string[],
    private readonly onChange: () => void,
  ) {
    this.labels = new Set(labels);
    subscribe(redisDiagnosticsChannels.command, this.onCommand);
    subscribe(redisDiagnosticsChannels.connection, this.onConnection);
  }

  /** Since when a connection has been lost (the earliest), or undefined while every one is up. */
  public lostAt(): number | undefined {
    return this.lostSince.size === 0 ? undefined : Math.min(...this.lostSince.values());
  }

  /** Commands settled since the last call (successful or not). */
  public takeSettled(): number {
    const settled = this.settled;
    this.settled = 0;
    return settled;
  }

  /** The last failures, newest first. */
  public lastErrors(): readonly LiveStatusError[] {
    return [...this.errors];
  }

  /** Stops listening. */
  public close(): void {
    unsubscribe(redisDiagnosticsChannels.command, this.onCommand);
    unsubscribe(redisDiagnosticsChannels.connection, this.onConnection);
  }
}
