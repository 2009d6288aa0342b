import type { IRedisService } from '@org/redis-interface';
import type { Namespace } from 'socket.io';
import type { SocketAdapter } from '../models/SocketAdapter.js';
import { ServicePubSubAdapter } from './ServicePubSubAdapter.js';

/**
 * The Socket.IO adapter over the service's own pub/sub ({@link ServicePubSubAdapter}): no connection
 * of its own, so nothing to open; `close()` ends the subscriptions of every namespace.
 *
 * @param redis - a connected service (the migrating one: it has no single ioredis client).
 * @param onError - receives failed publishes and subscriptions, and unreadable messages.
 */
export function createServiceSocketAdapter(
  redis: IRedisService,
  onError: (error: Error) => void,
): SocketAdapter {
  const adapters = new Set<ServicePubSubAdapter>();
  return {
    // Socket.IO calls it with `new`: a function, not an arrow (an object returned from a constructor
    // replaces the instance).
    adapter: function (nsp: Namespace) {
      const adapter = new ServicePubSubAdapter(nsp, redis, onError);
      adapters.add(adapter);
      return adapter;
    },
    kind: 'service',
    async ready() {
      await Promise.all([...adapters].map((adapter) => adapter.ready()));
    },
    async close() {
      // Socket.IO's close() has started closing them, unless it was never called.
      await Promise.all([...adapters].map((adapter) => adapter.shutdown()));
      adapters.clear();
    },
  };
}
