import type { RedisConfig } from '@org/redis-interface';
import { withAdminClient } from '../services/adminClient.js';

/**
 * How many connections named `name` each node of `config` has now (CLIENT LIST on the server):
 * what the server sees, whatever the driver believes it opened.
 *
 * @param config - the service's config: its standalone server, or its cluster seed nodes.
 * @param name - the `connectionName` of the service.
 * @returns one count per node, in the config's order.
 */
export function clientsNamed(config: RedisConfig, name: string): Promise<number[]> {
  const nodes = config.mode === 'standalone' ? [{ host: config.host, port: config.port }] : config.nodes;
  const credentials =
    config.password === undefined
      ? undefined
      : {
          password: config.password,
          ...(config.username === undefined ? {} : { username: config.username }),
        };
  return Promise.all(
    nodes.map((node) =>
      withAdminClient({ ...node, credentials }, async (client) => {
        const list = String(await client.call('CLIENT', 'LIST'));
        return list.split('\n').filter((line) => line.includes(` name=${name} `)).length;
      }),
    ),
  );
}
