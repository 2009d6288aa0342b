import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { redisDiagnosticsChannels } from '@org/redis-interface';

/** A channel of {@link redisDiagnosticsChannels} by its short name (`command`, `cluster`…). */
export type RedisChannelName = keyof typeof redisDiagnosticsChannels;

/** A subscriber per channel; channels without one are not subscribed to. */
export type RedisChannelHandlers = Partial<Record<RedisChannelName, (event: unknown) => void>>;

/**
 * Subscribe each handler to its diagnostics channel.
 *
 * A subscriber runs inside the driver's `publish()`, and Node rethrows what a subscriber throws as
 * an uncaught exception: instrumentation must never take the application down, so each handler
 * is wrapped to swallow its own errors.
 *
 * @returns a function that unsubscribes every handler (idempotent).
 */
export function subscribeChannels(handlers: RedisChannelHandlers): () => void {
  const subscribed = Object.entries(handlers).map(([name, handler]) => {
    const channel = redisDiagnosticsChannels[name as RedisChannelName];
    const safe = (event: unknown): void => {
      try {
        handler(event);
      } catch {
        // A malformed event is dropped rather than thrown into the driver's publish().
      }
    };
    subscribe(channel, safe);
    return { channel, safe };
  });
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    for (const { channel, safe } of subscribed) unsubscribe(channel, safe);
  };
}
