import type { ServerOptions } from 'socket.io';

/** What the Socket.IO server needs, and how to close the connections opened for it. */
export interface SocketAdapter {
  /** The adapter constructor for `new Server(…, { adapter })`. */
  readonly adapter: NonNullable<ServerOptions['adapter']>;
  /**
   * `sharded` (SSUBSCRIBE/SPUBLISH through ioredis, cluster mode), `classic` (PSUBSCRIBE/PUBLISH
   * through ioredis, standalone) or `service` (`IRedisService.publish`/`subscribe`, migrating mode).
   */
  readonly kind: 'sharded' | 'classic' | 'service';
  /**
   * Resolves once the adapters Socket.IO created so far listen for the other instances (the ioredis
   * adapters: at once, their connections are open already).
   * @throws RedisError when a subscription failed.
   */
  ready(): Promise<void>;
  /** Quit the adapter's connections, or end its subscriptions. */
  close(): Promise<void>;
}
