import type { IRedisBytesView } from '../bytes/IRedisBytesView.js';

/** Raw bytes for the commands that return strings. */
export interface IRedisBytesCommands {
  /**
   * The members whose replies hold bulk strings, resolving to `Buffer`s (the exact bytes stored)
   * instead of UTF-8 text: `await redis.bytes.get(key)`, `redis.bytes.hgetall(key)`,
   * `redis.bytes.call('LRANGE', key, 0, -1)`. Same arguments and cluster behaviour as the text members.
   * See {@link @org/redis-interface!IRedisBytesView | IRedisBytesView}.
   */
  readonly bytes: IRedisBytesView;
}
