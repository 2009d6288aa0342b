import type { SubscriptionKind } from '@org/redis-interface';
import type { SubscriberConnection, SubscriberListener } from '@org/redis-core';
import type { Cluster, Redis } from 'ioredis';

/**
 * {@link SubscriberConnection} over an ioredis `Redis` or `Cluster` in subscriber mode. The typed
 * ioredis methods, not `call`: they keep ioredis' subscriber bookkeeping (and its re-subscription
 * after a reconnect) right.
 */
class IoredisSubscriber implements SubscriberConnection {
  public constructor(private readonly subscriber: Redis | Cluster) {}

  public async subscribe(kind: SubscriptionKind, name: string): Promise<void> {
    if (kind === 'channel') await this.subscriber.subscribe(name);
    else if (kind === 'pattern') await this.subscriber.psubscribe(name);
    else await this.subscriber.ssubscribe(name);
  }

  public async unsubscribe(kind: SubscriptionKind, name: string): Promise<void> {
    if (kind === 'channel') await this.subscriber.unsubscribe(name);
    else if (kind === 'pattern') await this.subscriber.punsubscribe(name);
    else await this.subscriber.sunsubscribe(name);
  }

  public onMessage(listener: SubscriberListener): void {
    this.subscriber.on('message', (channel: string, message: string) =>
      listener('channel', channel, channel, message),
    );
    this.subscriber.on('smessage', (channel: string, message: string) =>
      listener('shard-channel', channel, channel, message),
    );
    this.subscriber.on('pmessage', (pattern: string, channel: string, message: string) =>
      listener('pattern', pattern, channel, message),
    );
  }
}

const adapters = new WeakMap<Redis | Cluster, SubscriberConnection>();

/** The {@link SubscriberConnection} of an ioredis subscriber client: always the same object for the same client. */
export function subscriberConnection(subscriber: Redis | Cluster): SubscriberConnection {
  let adapter = adapters.get(subscriber);
  if (adapter === undefined) {
    adapter = new IoredisSubscriber(subscriber);
    adapters.set(subscriber, adapter);
  }
  return adapter;
}
