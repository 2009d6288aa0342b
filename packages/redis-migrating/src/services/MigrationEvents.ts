import diagnostics_channel from 'node:diagnostics_channel';
import type { RedisKey } from '@org/redis-core';
import {
  redisDiagnosticsChannels,
  RedisError,
  type RedisMigrationEvent,
  type RedisMigrationSide,
} from '@org/redis-interface';

const channel = diagnostics_channel.channel(redisDiagnosticsChannels.migration);

type Without<E> = E extends unknown ? Omit<E, 'client'> : never;

/** Publishes a migrating service's events on `redisDiagnosticsChannels.migration` (for metrics and logs). */
export class MigrationEvents {
  /** Second writes refused since the service was built. */
  public secondaryWriteFailures = 0;

  /**
   * @param client - the migrating client's name, in every event.
   * @param withKeys - whether events carry key names (`logMismatchedKeys`).
   */
  public constructor(
    private readonly client: string,
    private readonly withKeys: boolean,
  ) {}

  /** Publishes `event` when anyone listens. */
  public publish(event: Without<RedisMigrationEvent>): void {
    if (channel.hasSubscribers) channel.publish({ ...event, client: this.client });
  }

  /** A write the other side refused: counted, and published with its keys only when allowed. */
  public secondaryWriteFailed(
    command: string,
    side: RedisMigrationSide,
    error: unknown,
    keys: readonly RedisKey[],
  ): void {
    this.secondaryWriteFailures += 1;
    this.publish({
      event: 'secondary-write-failed',
      command,
      side,
      errorCode: RedisError.is(error) ? error.code : 'SERVER_ERROR',
      ...(this.withKeys && keys.length > 0 ? { keys: keys.map((key) => key.toString()) } : {}),
    });
  }

  /** A shadow read compared. */
  public shadowRead(
    command: string,
    outcome: 'match' | 'mismatch' | 'error',
    keys: () => readonly RedisKey[],
  ): void {
    if (!channel.hasSubscribers) return;
    this.publish({
      event: 'shadow-read',
      command,
      outcome,
      ...(this.withKeys && outcome === 'mismatch' ? { keys: keys().map((key) => key.toString()) } : {}),
    });
  }
}
