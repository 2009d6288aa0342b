import type { IRedisService, Subscription } from '@org/redis-interface';
import type { CheckOutcome } from './runCheck.js';
import { withDeadline } from './withDeadline.js';

/**
 * SUBSCRIBE to a fresh channel through the layer's subscriber connection, PUBLISH on it and wait
 * for the message, all within `timeoutMs`. Cluster: the subscriber sits on one node and the
 * message is published through another path, so the cluster bus carries it.
 */
export async function checkPubSub(service: IRedisService, timeoutMs: number): Promise<CheckOutcome> {
  const channel = `redis-migrate:smoke:${Math.random().toString(36).slice(2, 10)}`;
  const message = `ping ${Date.now()}`;
  let resolveReceived: () => void = () => undefined;
  const received = new Promise<void>((resolve) => (resolveReceived = resolve));
  const started = performance.now();
  const subscribing = service.subscribe(channel, (text) => {
    if (text === message) resolveReceived();
  });
  const subscribed = await withDeadline(subscribing, timeoutMs);
  if (!subscribed.settled) {
    void subscribing.then((subscription: Subscription) => subscription.unsubscribe()).catch(() => undefined);
    return { ok: false, detail: `SUBSCRIBE ${channel} not confirmed within ${timeoutMs} ms` };
  }
  try {
    const left = Math.max(timeoutMs - (performance.now() - started), 1);
    const delivered = await withDeadline(
      service.publish(channel, message).then(() => received),
      left,
    );
    return delivered.settled
      ? { ok: true, detail: `message on ${channel} delivered` }
      : { ok: false, detail: `message on ${channel} not delivered within ${timeoutMs} ms` };
  } finally {
    await withDeadline(subscribed.value.unsubscribe(), timeoutMs);
  }
}
