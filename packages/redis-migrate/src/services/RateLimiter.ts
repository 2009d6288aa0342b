import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket shared by every walk of a run: `take(n)` resolves once `n` more operations fit
 * under `perSecond`. Bursts are capped at one second's worth, so a paused run does not send a
 * flood when it resumes.
 */
export class RateLimiter {
  private tokens: number;
  private updatedAt = Date.now();

  /** @param perSecond - operations per second; `undefined` for no limit. */
  public constructor(private readonly perSecond: number | undefined) {
    this.tokens = perSecond ?? 0;
  }

  /** Wait until `count` operations may be sent. */
  public async take(count: number): Promise<void> {
    const rate = this.perSecond;
    if (rate === undefined) return;
    for (;;) {
      const now = Date.now();
      this.tokens = Math.min(rate, this.tokens + ((now - this.updatedAt) * rate) / 1000);
      this.updatedAt = now;
      // A request above the bucket size goes through once the bucket is full, or it would never pass.
      if (this.tokens >= Math.min(count, rate)) {
        this.tokens -= count;
        return;
      }
      await sleep(Math.ceil(((Math.min(count, rate) - this.tokens) * 1000) / rate));
    }
  }
}
