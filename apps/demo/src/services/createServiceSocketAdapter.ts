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
    adapter: (nsp: Namespace) => {
      const adapter = new ServicePubSubAdapter(nsp, redis, onError);
      adapters.add(adapter);
      return adapter;
    },
    kind: 'service',
    async ready() {
      await Promise.all([...adapters].map((adapter) => adapter.ready()));
    },
    async close() {
      // Socket.IO's own close() has closed them already, unless it was never called.
      await Promise.all([...adapters].map((adapter) => adapter.shutdown()));
      adapters.clear();
    },
  };
}
