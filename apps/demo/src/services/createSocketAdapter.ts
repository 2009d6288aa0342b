/**
 * The one place the demo reaches below `IRedisService`: the Socket.IO Redis adapter speaks ioredis
 * (it calls `psubscribe`/`publish`, or `ssubscribe`/`spublish` and listens to `smessageBuffer`), so it
 * gets ioredis clients. They are duplicated from the factory's client (`nativeClient()`), so the
 * adapter uses the very same `REDIS_*` configuration: address, TLS, credentials, timeouts. There is no
 * second Redis configuration. A migrating service has two clients, and raw ones would not follow its
 * phase: there the adapter runs over the service's own pub/sub instead.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { IRedisService, RedisClientConfig } from '@org/redis-interface';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import { Cluster, Redis } from 'ioredis';
import type { SocketAdapter } from '../models/SocketAdapter.js';
import { createServiceSocketAdapter } from './createServiceSocketAdapter.js';

// Channels are not keys: `REDIS_KEY_PREFIX` must not rename them. ioredis would prefix sharded channels
// (SPUBLISH/SSUBSCRIBE declare them as keys), and the adapter would then not recognise the channel
// names of incoming messages.
const noPrefix = { keyPrefix: '' } as const;

const quitGraceMs = 1000;

// The pub/sub commands the adapter sends without awaiting them (`publish` of a broadcast, `ssubscribe`
// of a new room, the unsubscribes of `close()`).
const fireAndForget = [
  'publish',
  'spublish',
  'subscribe',
  'psubscribe',
  'ssubscribe',
  'unsubscribe',
  'punsubscribe',
  'sunsubscribe',
] as const;

/**
 * The adapter ignores the promises of the commands above; while Redis is down one of them rejects, and
 * an unhandled rejection ends a Node process. Give those promises a handler that reports the error
 * (callers that do await them still see the rejection). Only these two duplicated clients are changed.
 */
function reportFailures(client: Redis | Cluster, onError: (error: Error) => void): void {
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of fireAndForget) {
    const original = methods[name];
    if (original === undefined) continue;
    methods[name] = function (this: unknown, ...args: unknown[]): unknown {
      const reply = original.apply(this, args);
      if (reply instanceof Promise) reply.catch(onError);
      return reply;
    };
  }
}

/**
 * Connects a publisher and a subscriber for the Socket.IO adapter, duplicated from `redis`'s ioredis
 * client. In cluster mode the adapter is the sharded one: each room's channel lives on one shard,
 * instead of every message being broadcast over the whole cluster bus. In migrating mode it is
 * {@link createServiceSocketAdapter}'s, over `redis.publish`/`subscribe`, which follow the phase.
 *
 * @param redis - a connected service from the factory.
 * @param config - the configuration it was built from (bound under `redisConfigIdentifier`).
 * @param onError - receives connection errors of the two clients (they reconnect by themselves), or
 *   the migrating adapter's failed publishes and unreadable messages.
 * @param onReady - called when one of the two clients is connected again after an error (not in
 *   migrating mode, whose adapter has no connections of its own).
 * @throws Error when the connections cannot be opened.
 */
export async function createSocketAdapter(
  redis: IRedisService,
  config: RedisClientConfig,
  onError: (error: Error) => void,
  onReady: () => void = () => undefined,
): Promise<SocketAdapter> {
  if (config.mode === 'migrating') return createServiceSocketAdapter(redis, onError);
  const native = redis.nativeClient();
  if (native instanceof Cluster) {
    const publisher = native.duplicate(undefined, {
      ...noPrefix,
      redisOptions: { ...noPrefix, connectionName: 'demo-socket.io-pub' },
    });
    const subscriber = native.duplicate(undefined, {
      ...noPrefix,
      // One subscriber connection per master, each SSUBSCRIBEd to the channels of its slots.
      shardedSubscribers: true,
      redisOptions: { ...noPrefix, connectionName: 'demo-socket.io-sub' },
    });
    return open(publisher, subscriber, { onError, onReady }, 'sharded');
  }
  if (native instanceof Redis) {
    const publisher = native.duplicate({ ...noPrefix, connectionName: 'demo-socket.io-pub' });
    const subscriber = native.duplicate({ ...noPrefix, connectionName: 'demo-socket.io-sub' });
    return open(publisher, subscriber, { onError, onReady }, 'classic');
  }
  throw new Error('The Redis service did not expose an ioredis client: the Socket.IO adapter needs one.');
}

async function open<T extends Redis | Cluster>(
  publisher: T,
  subscriber: T,
  reports: { readonly onError: (error: Error) => void; readonly onReady: () => void },
  kind: SocketAdapter['kind'],
): Promise<SocketAdapter> {
  const clients = [publisher, subscriber];
  let closed = false;
  // After close(), failures of the adapter's last unsubscribes are expected: Redis may be gone already.
  const report = (error: Error): void => {
    if (!closed) reports.onError(error);
  };
  for (const client of clients) {
    client.on('error', report);
    client.on('ready', reports.onReady);
    reportFailures(client, report);
  }
  try {
    // The factory's clients connect lazily; so do their duplicates. Connect before the adapter
    // subscribes, so that a Redis that is down fails the start rather than the first broadcast.
    await Promise.all(clients.map((client) => client.connect()));
  } catch (error) {
    for (const client of clients) client.disconnect();
    throw error;
  }
  return {
    adapter:
      kind === 'sharded' ? createShardedAdapter(publisher, subscriber) : createAdapter(publisher, subscriber),
    kind,
    ready: () => Promise.resolve(),
    async close() {
      closed = true;
      // QUIT lets the last broadcasts out; when Redis is gone it would wait for the command timeout.
      await Promise.race([
        Promise.allSettled(clients.map((client) => client.quit())),
        sleep(quitGraceMs, undefined, { ref: false }),
      ]);
      for (const client of clients) client.disconnect();
    },
  };
}
