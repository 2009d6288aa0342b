import type { RedisClientConfig } from '@org/redis-interface';

/**
 * The `client` labels under which the factory's client `name` for `config` publishes its
 * instrumentation events: its `connectionName`, else the client's name in the factory (`default` for
 * the default client: the factory names the connection so); a migrating service's two sides publish as
 * `<name>:source` and `<name>:target` (`<name>`: the side's own `connectionName`, else the source's,
 * else the client's name). Several demo instances in one process share the diagnostics channels: only
 * a distinct `REDIS_CONNECTION_NAME` keeps their live panels apart.
 */
export function statusClientLabels(config: RedisClientConfig, name = 'default'): readonly string[] {
  if (config.mode !== 'migrating') return [config.connectionName ?? name];
  const source = config.source.connectionName ?? name;
  return [`${source}:source`, `${config.target.connectionName ?? source}:target`];
}
