/**
 * Pub/sub fan-out: two subscribers (each its own client, as two service instances would be) and one
 * publisher; every subscriber gets every message, in order.
 *
 * Nothing here names the mode: on a cluster with `REDIS_SHARDED_PUBSUB=true`, `subscribe` and `publish`
 * use sharded pub/sub (SSUBSCRIBE/SPUBLISH: the channel lives on the node of its slot), otherwise classic
 * pub/sub. Delivery is at most once: only what is published after `subscribe` resolved arrives.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/pubsub-fanout.ts`
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService } from '@org/redis-interface';

const MESSAGES = ['deploy started', 'deploy 50%', 'deploy done'];
const WAIT_LIMIT_MS = 5_000;
// A channel of this run only (channels are not keys: REDIS_KEY_PREFIX does not apply to them).
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const channel = `examples:${run}:news`;

const factory = new RedisFactoryService();
const clients: IRedisService[] = [factory.createFromEnv(), factory.createFromEnv(), factory.createFromEnv()];
const [publisher, ...subscribers] = clients as [IRedisService, IRedisService, IRedisService];
await Promise.all(clients.map((client) => client.connect()));
try {
  const received = subscribers.map(() => [] as string[]);
  const subscriptions = await Promise.all(
    subscribers.map((subscriber, index) =>
      subscriber.subscribe(channel, (message) => {
        received[index]?.push(message);
      }),
    ),
  );

  for (const message of MESSAGES) await publisher.publish(channel, message);

  // Messages arrive asynchronously on each subscriber's own connection: wait for all of them, bounded.
  const started = Date.now();
  while (
    received.some((messages) => messages.length < MESSAGES.length) &&
    Date.now() - started < WAIT_LIMIT_MS
  )
    await sleep(10);
  received.forEach((messages, index) =>
    console.log(JSON.stringify({ subscriber: index + 1, received: messages })),
  );

  await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
} finally {
  await Promise.all(clients.map((client) => client.quit()));
}
