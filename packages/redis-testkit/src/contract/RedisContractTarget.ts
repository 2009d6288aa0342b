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
}
