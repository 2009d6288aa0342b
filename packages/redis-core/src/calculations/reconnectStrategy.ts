import type { RedisCommonConfig } from '@org/redis-interface';

/** The share of each delay that is random, so that many clients do not reconnect in lockstep. */
const jitterShare = 0.2;

/**
 * The delay before reconnect attempt `attempt` (1 for the first): `reconnectInitialDelayMs`
 * doubling per failed attempt up to `reconnectMaxDelayMs`, shortened by up to a fifth at random.
 * Bounded and never `null`: the client reconnects forever, each command settling by its own
 * timeout, and once the server answers again commands work within about the maximum delay,
 * however long the downtime was (an unbounded doubling made a 1.5 s outage cost 3 s).
 *
 * @param random - source of the jitter, in [0, 1); a test passes a fixed one.
 */
export function reconnectStrategy(
  config: Pick<RedisCommonConfig, 'reconnectInitialDelayMs' | 'reconnectMaxDelayMs'>,
  random: () => number = Math.random,
): (attempt: number) => number {
  return (attempt) => {
    const doublings = Math.min(Math.max(attempt - 1, 0), 30);
    const delay = Math.min(config.reconnectInitialDelayMs * 2 ** doublings, config.reconnectMaxDelayMs);
    return Math.max(1, Math.round(delay * (1 - jitterShare * random())));
  };
}
