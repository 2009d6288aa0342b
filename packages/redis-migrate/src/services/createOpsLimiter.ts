/** Spaces out commands so that no more than a set number per second reach a server. */
export interface OpsLimiter {
  /** Resolves when `count` more commands may be sent. */
  take(count: number): Promise<void>;
}

/**
 * A limiter for `--max-ops-per-second`: each `take(n)` books `n / opsPerSecond` seconds of the
 * server's time and waits until its turn, so bursts are smoothed rather than cut. Without a
 * limit every `take` resolves at once.
 *
 * @param opsPerSecond - the cap, or `undefined` for none.
 */
export function createOpsLimiter(opsPerSecond: number | undefined): OpsLimiter {
  if (opsPerSecond === undefined) return { take: () => Promise.resolve() };
  let next = Date.now();
  return {
    take: async (count) => {
      const now = Date.now();
      const start = Math.max(now, next);
      next = start + (count * 1000) / opsPerSecond;
      if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
    },
  };
}
