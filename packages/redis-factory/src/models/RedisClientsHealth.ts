import type { RedisHealth, RedisHealthStatus } from '@org/redis-interface';

/** Health of every client of a module: the worst status, and each client's report. */
export interface RedisClientsHealth {
  /** `down` if any client is down, else `degraded` if any is degraded, else `up`. */
  readonly status: RedisHealthStatus;
  /** Each client's report by name (`default` for the `REDIS_*` one), same schema in both modes. */
  readonly clients: Readonly<Record<string, RedisHealth>>;
}
