import { setTimeout as sleep } from 'node:timers/promises';

/** Paces commands sent to a server (`--max-ops-per-second`). */
export interface RateLimiter {
  /** Resolves when `operations` more commands may be sent. */
  acquire(operations: number): Promise<void>;
}

/**
 * A limiter spreading commands evenly at `perSecond` (no burst beyond one batch: a batch of n
 * commands is followed by n / perSecond seconds of quiet), or none when `perSecond` is undefined.
 */
export function createRateLimiter(perSecond: number | undefined): RateLimiter {
  if (perSecond === undefined) return { acquire: () => Promise.resolve() };
  let nextFree = 0;
  return {
    acquire: async (operations) => {
      const now = Date.now();
      const start = Math.max(now, nextFree);
      nextFree = start + (operations * 1000) / perSecond;
      if (start > now) await sleep(start - now);
    },
  };
}
