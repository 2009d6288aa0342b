import diagnostics_channel from 'node:diagnostics_channel';
import { redisDiagnosticsChannels, type RedisCacheEvent } from '@org/redis-interface';

type WithoutSource<E> = E extends RedisCacheEvent ? Omit<E, 'cache'> : never;

/** What a cache publishes on `redisDiagnosticsChannels.cache`, without its name. */
export type CacheEventBody = WithoutSource<RedisCacheEvent>;

const channel = diagnostics_channel.channel(redisDiagnosticsChannels.cache);

/**
 * Publishes a cache's events. Costs one property read while nobody listens, so hot paths call it freely.
 */
export class CacheEventPublisher {
  /** @param cache - the cache's name, on every event. */
  public constructor(private readonly cache: string) {}

  /** True when someone listens (build costly events only then). */
  public get active(): boolean {
    return channel.hasSubscribers;
  }

  /** Publishes one event. */
  public publish(event: CacheEventBody): void {
    if (channel.hasSubscribers) channel.publish({ cache: this.cache, ...event });
  }
}
