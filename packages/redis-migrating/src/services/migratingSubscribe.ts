import type { IRedisService, Subscription } from '@org/redis-interface';
import type { PhaseRoles } from '../models/PhaseRoles.js';

/**
 * A subscription on both sides until `done` (on the target only then), delivering what either side
 * publishes: since PUBLISH goes to the authoritative side only, a message reaches each subscriber
 * once, whichever phase its publisher runs in. The authoritative side's refusal is the caller's
 * error; the other side's leaves the subscription on the authoritative side alone.
 *
 * @param roles - the phase's roles.
 * @param listen - subscribes on one side.
 */
export async function migratingSubscribe(
  roles: PhaseRoles,
  listen: (service: IRedisService) => Promise<Subscription>,
): Promise<Subscription> {
  const sides = roles.secondary === undefined ? [roles.primary] : [roles.primary, roles.secondary];
  const [mine, other] = await Promise.allSettled(sides.map(listen));
  if (mine === undefined) throw new Error('no side to subscribe on');
  if (mine.status === 'rejected') {
    if (other?.status === 'fulfilled') await other.value.unsubscribe().catch(() => undefined);
    throw mine.reason;
  }
  const subscriptions = other?.status === 'fulfilled' ? [mine.value, other.value] : [mine.value];
  return {
    channel: mine.value.channel,
    kind: mine.value.kind,
    unsubscribe: async () => {
      await Promise.all(subscriptions.map((subscription) => subscription.unsubscribe()));
    },
  };
}
