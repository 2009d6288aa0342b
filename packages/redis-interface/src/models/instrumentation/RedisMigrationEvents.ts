import type { RedisErrorCode } from '../errors/redisErrorCodes.js';
import type { RedisMigrationPhase } from '../migration/RedisMigrationPhase.js';

/** One side of a live move. */
export type RedisMigrationSide = 'source' | 'target';

/** Fields every migration event has. */
export interface RedisMigrationEventSource {
  /** The migrating client's name: its `connectionName` when configured (the factory sets the client name), else `migrating`. */
  readonly client: string;
}

/** The instance now runs in `phase` (also published once at connect). */
export interface RedisMigrationPhaseEvent extends RedisMigrationEventSource {
  /** Which migration event this is: switch on it to narrow a {@link RedisMigrationEvent}. */
  readonly event: 'phase';
  /** The phase in force from now on. */
  readonly phase: RedisMigrationPhase;
  /** The phase before, absent at connect. */
  readonly previous?: RedisMigrationPhase;
  /** The control key's revision that set it (0 when no control key exists yet). */
  readonly revision: number;
}

/**
 * A write succeeded on the authoritative side and failed on the other one (the application's call
 * still succeeded): the keys are recorded for `redis-migrate verify --repair`.
 */
export interface RedisMigrationWriteFailureEvent extends RedisMigrationEventSource {
  /** Which migration event this is: switch on it to narrow a {@link RedisMigrationEvent}. */
  readonly event: 'secondary-write-failed';
  /** The member that wrote (`set`, `incr`, `pipeline`, `transaction`…). */
  readonly command: string;
  /** The side that refused it. */
  readonly side: RedisMigrationSide;
  /** The RedisError code of the refusal. */
  readonly errorCode: RedisErrorCode;
  /** The keys written, only with `logMismatchedKeys` (key names can be personal data). */
  readonly keys?: readonly string[];
}

/** A read of the `shadow` phase, run on the target too and compared with the source's answer. */
export interface RedisMigrationShadowEvent extends RedisMigrationEventSource {
  /** Which migration event this is: switch on it to narrow a {@link RedisMigrationEvent}. */
  readonly event: 'shadow-read';
  /** The member that read (`get`, `hgetall`…). */
  readonly command: string;
  /** `match`, `mismatch`, or `error` when the target's read failed. */
  readonly outcome: 'match' | 'mismatch' | 'error';
  /** The keys read, only with `logMismatchedKeys` and only on a mismatch. */
  readonly keys?: readonly string[];
}

/** What a migrating service publishes on `redisDiagnosticsChannels.migration`. */
export type RedisMigrationEvent =
  RedisMigrationPhaseEvent | RedisMigrationWriteFailureEvent | RedisMigrationShadowEvent;
