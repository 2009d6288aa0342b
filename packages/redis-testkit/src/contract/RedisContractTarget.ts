import type { IRedisService, RedisConfig, RedisMode } from '@org/redis-interface';

/**
 * The driver a contract suite runs against: which mode it implements and how to build one.
 *
 * @example
 * ```ts
 * describeRedisContract({
 *   mode: 'standalone',
 *   createService: (config) => new RedisStandaloneService(config as RedisStandaloneConfig),
 * });
 * ```
 */
export interface RedisContractTarget {
  /** `'standalone'` or `'cluster'`; prefixes every describe title, e.g. `[standalone] strings`. */
  readonly mode: RedisMode;
  /**
   * Build (do not connect) a service for a validated config of that mode. The suite connects it, and
   * quits it when the group is done.
   */
  readonly createService: (config: RedisConfig) => IRedisService;
  /**
   * The service refuses keys in different hash slots in every mode, as a cluster does: a migrating
   * service whose other side is a cluster (its standalone side runs with `strictCrossSlot`, so that
   * no write succeeds on one side only). The tests of cross-slot calls then expect `CROSS_SLOT` in
   * standalone mode too. Default `false`.
   */
  readonly refusesCrossSlot?: boolean;
}
