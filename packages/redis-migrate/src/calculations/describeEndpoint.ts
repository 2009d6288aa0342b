import type { RedisConfig } from '@org/redis-interface';

/** A printable address for a configuration: never its username, password or URL credentials. */
export function describeEndpoint(config: RedisConfig): string {
  const prefix = config.keyPrefix === '' ? '' : ` (keyPrefix ${JSON.stringify(config.keyPrefix)})`;
  if (config.mode === 'standalone') return `standalone ${config.host}:${config.port}/${config.db}${prefix}`;
  return `cluster ${config.nodes.map((node) => `${node.host}:${node.port}`).join(',')}${prefix}`;
}
