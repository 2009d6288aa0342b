import type { RedisMode } from '@org/redis-interface';

/** A running demo instance. */
export interface DemoApp {
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The Redis mode it runs on. */
  readonly mode: RedisMode;
  /** Random ID of this instance (shown on the page, part of presence entries). */
  readonly instanceId: string;
  /**
   * Stops accepting connections, disconnects the sockets (their presence is removed), closes the
   * Socket.IO adapter's connections and, when the app created the Redis module itself, shuts it down.
   * Idempotent.
   */
  close(): Promise<void>;
}
