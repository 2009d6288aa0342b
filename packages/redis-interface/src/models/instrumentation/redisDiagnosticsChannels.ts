/**
 * Names of the `node:diagnostics_channel` channels the drivers publish to. Publishing costs
 * nothing while no one subscribes (each publish is guarded by `channel.hasSubscribers`), which is
 * how `@org/redis-metrics` and other instrumentation observe the layer without wrapping it.
 *
 * @example
 * ```ts
 * import { subscribe } from 'node:diagnostics_channel';
 * subscribe(redisDiagnosticsChannels.command, (event) => console.log(event as RedisCommandEvent));
 * ```
 */
export const redisDiagnosticsChannels = {
  /** One {@link RedisCommandEvent} per settled command (a pipeline or transaction is one `pipeline`/`transaction` event). */
  command: '@org/redis:command',
  /** A {@link RedisConnectionEvent} when a connection changes state. */
  connection: '@org/redis:connection',
  /** A {@link RedisClusterEvent} for cluster topology events (cluster mode only). */
  cluster: '@org/redis:cluster',
  /** A {@link RedisPubSubEvent} per message published or delivered to handlers. */
  pubsub: '@org/redis:pubsub',
  /** A {@link RedisPoolEvent} when a dedicated connection (blocking commands, transactions) opens or closes. */
  pool: '@org/redis:pool',
  /**
   * A {@link RedisMigrationEvent} from a migrating service (`REDIS_MODE=migrating`): a phase switch, a
   * write the second side refused, a shadow read compared.
   */
  migration: '@org/redis:migration',
  /**
   * A {@link RedisCacheEvent} from `@org/redis-cache`: hits and misses by tier, stale answers, factory
   * runs, lock waits, invalidations, L1 resyncs, breaker changes and degraded answers.
   */
  cache: '@org/redis:cache',
} as const;
