import type { RedisConfig, RedisConfigInput } from './RedisConfig.js';

/**
 * A live move between two Redis deployments (`REDIS_MODE=migrating`), as the caller writes it: one
 * {@link IRedisService} over a source and a target, in the phase the control key sets for every
 * instance (see {@link RedisMigrationPhase}). Pass it to `validateRedisMigratingConfig` or to the
 * factory.
 */
export interface RedisMigratingConfigInput {
  /** Selects the migrating service (`REDIS_MODE=migrating`): two deployments, one interface. */
  readonly mode: 'migrating';
  /** The deployment the application runs on today (authoritative until `cutover`). */
  readonly source: RedisConfigInput;
  /** The deployment it moves to. */
  readonly target: RedisConfigInput;
  /**
   * The control key (in both sides) and the channel announcing a switch. Default
   * `redis-migrate:phase`; the same as `redis-migrate phase --control-key`. The sides' `keyPrefix`
   * applies to it like to any key; the channel has the bare name (channels take no prefix), and a
   * message on it is only a cue to read the key. The repair set is `<controlKey>:repair`, the last
   * `redis-migrate verify --repair` record `<controlKey>:verified`.
   */
  readonly controlKey?: string;
  /**
   * In the `shadow` phase, the share of reads also run on the target and compared, from 0 to 1.
   * Default 0.01 (one read in a hundred).
   */
  readonly shadowSampleRate?: number;
  /**
   * Put the key names of a mismatched shadow read or of a failed second write in the migration
   * events (and so in the logs). Default `false`: key names can be personal data.
   */
  readonly logMismatchedKeys?: boolean;
  /**
   * How often each instance re-reads the control key in case it missed a published switch, in
   * milliseconds. Default 1000.
   */
  readonly phasePollIntervalMs?: number;
}

/** A validated {@link RedisMigratingConfigInput} with every default filled. */
export interface RedisMigratingConfig {
  /** Always `'migrating'`: tells this configuration from a standalone or cluster one. */
  readonly mode: 'migrating';
  /** The source's validated configuration. */
  readonly source: RedisConfig;
  /** The target's validated configuration. */
  readonly target: RedisConfig;
  /** The control key and channel. */
  readonly controlKey: string;
  /** Share of `shadow` reads compared on the target, 0 to 1. */
  readonly shadowSampleRate: number;
  /** Whether events carry the keys of mismatches and failed second writes. */
  readonly logMismatchedKeys: boolean;
  /** Control key re-read interval in milliseconds. */
  readonly phasePollIntervalMs: number;
}
