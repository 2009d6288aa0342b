/**
 * Placeholder demo until the demo issue: connect to Redis and print `PING -> PONG`.
 *
 * - `REDIS_CLUSTER_NODES=host:port,...`: pings that cluster;
 * - `REDIS_URL`: pings that server;
 * - neither: starts a throw-away local Redis through the testkit (needs `redis-server` on PATH,
 *   or Docker) and stops it on exit.
 * It talks to ioredis directly only because the factory package does not exist yet.
 */
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { Cluster, Redis } from 'ioredis';

const clusterNodes = process.env['REDIS_CLUSTER_NODES'] ?? '';
const configuredUrl = process.env['REDIS_URL'] ?? '';
let embedded: RedisStandaloneTopology | undefined;
if (clusterNodes === '' && configuredUrl === '') {
  embedded = await startStandalone();
  console.log(`Started an embedded Redis at ${embedded.url} (set REDIS_URL to use your own).`);
}

const client =
  clusterNodes === ''
    ? new Redis(embedded?.url ?? configuredUrl, { lazyConnect: true, maxRetriesPerRequest: 1 })
    : new Cluster(
        clusterNodes.split(',').map((node) => {
          const [host = '', port = '6379'] = node.trim().split(':');
          return { host, port: Number(port) };
        }),
        { lazyConnect: true },
      );
try {
  await client.connect();
  console.log(`PING -> ${await client.ping()}`);
} finally {
  client.disconnect();
  await embedded?.stop();
}
