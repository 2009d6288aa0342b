import type { RedisClientConfig } from '@org/redis-interface';

/**
 * The `client` labels under which the factory's client for `config` publishes its instrumentation
 * events: its `connectionName`, else its mode; a migrating service's two sides publish as
 * `<name>:source` and `<name>:target` (`<name>`: the side's own `connectionName`, else the source's,
 * else `migrating`). Several demo instances in one process share the diagnostics channels: only a
 * distinct `REDIS_CONNECTION_NAME` keeps their live panels apart.
 */
export function statusClientLabels(config: RedisClientConfig): readonly string[] {
  if (config.mode !== 'migrating') return [config.connectionName ?? config.mode];
  const name = config.source.connectionName ?? 'migrating';
  return [`${name}:source`, `${config.target.connectionName ?? name}:target`];
}
