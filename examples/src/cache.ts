/**
 * Caching with `@org/redis-cache`: two instances of one cache (as two processes would have), each on its
 * own client. `getOrSet` on instance A runs the factory once; instance B then reads the value from Redis
 * without running it; a delete on A invalidates B too (over the cache's pub/sub bus), so B's next
 * `getOrSet` runs the factory again.
 *
 * On a cluster, set `REDIS_SHARDED_PUBSUB=true` so that the bus uses one shard instead of every node.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/cache.ts`
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisCache } from '@org/redis-cache';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService } from '@org/redis-interface';

const WAIT_LIMIT_MS = 5_000;
// A cache name of this run only: its keys and its bus channel never meet another run's.
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const name = `examples-${run}-catalog`;

let factoryRuns = 0;
/** Stands for the database: counts how often the cache had to ask it. */
const loadProduct = (id: number): Promise<{ id: number; name: string }> => {
  factoryRuns += 1;
  return Promise.resolve({ id, name: 'Teapot' });
};

const factory = new RedisFactoryService();
const clients: IRedisService[] = [factory.createFromEnv(), factory.createFromEnv()];
await Promise.all(clients.map((client) => client.connect()));
const [a, b] = clients.map((client) => new RedisCache(client, { name, ttlMs: 60_000 })) as [
  RedisCache,
  RedisCache,
];
try {
  // Subscribe both buses first: an instance only trusts its memory tier once it hears invalidations.
  await Promise.all([a.start(), b.start()]);

  const first = await a.getOrSet('product:42', () => loadProduct(42));
  const again = await a.getOrSet('product:42', () => loadProduct(42));
  console.log(JSON.stringify({ instance: 'a', product: first, again: again.name, factoryRuns }));

  const fromB = await b.getOrSet('product:42', () => loadProduct(42));
  console.log(JSON.stringify({ instance: 'b', product: fromB, factoryRuns }));

  const deleted = await a.delete('product:42');
  // B drops its memory copy when A's invalidation arrives over the bus: asynchronously, bounded.
  const started = Date.now();
  while ((await b.get('product:42')) !== undefined && Date.now() - started < WAIT_LIMIT_MS) await sleep(5);
  const afterDelete = await b.get('product:42');
  console.log(JSON.stringify({ instance: 'a', deleted, bSees: afterDelete ?? null }));

  const reloaded = await b.getOrSet('product:42', () => loadProduct(42));
  console.log(JSON.stringify({ instance: 'b', product: reloaded, factoryRuns }));
} finally {
  await a.clear();
  // The caches first (their bus subscriptions), then the clients they do not own.
  await Promise.all([a.close(), b.close()]);
  await Promise.all(clients.map((client) => client.quit()));
}
