import type { CacheEventPublisher } from './CacheEventPublisher.js';

/**
 * Skips Redis after `failureThreshold` failures in a row, for `openMs`; then lets one trial call through
 * (half-open): its success closes the breaker, its failure opens it again. So a Redis that is down costs a
 * few timeouts, not one per call.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trial = false;

  public constructor(
    private readonly options: { readonly failureThreshold: number; readonly openMs: number },
    private readonly events: CacheEventPublisher,
  ) {}

  /** True when a call may go to Redis now (in half-open, only the one trial call). */
  public allows(): boolean {
    if (this.openedAt === undefined) return true;
    if (this.trial || Date.now() - this.openedAt < this.options.openMs) return false;
    this.trial = true;
    this.events.publish({ event: 'breaker', state: 'half-open' });
    return true;
  }

  /** A call to Redis succeeded. */
  public succeeded(): void {
    this.failures = 0;
    if (this.openedAt === undefined) return;
    this.openedAt = undefined;
    this.trial = false;
    this.events.publish({ event: 'breaker', state: 'closed' });
  }

  /** A call to Redis failed. */
  public failed(): void {
    this.failures += 1;
    if (this.openedAt !== undefined) {
      if (!this.trial) return;
      this.trial = false;
      this.openedAt = Date.now();
      this.events.publish({ event: 'breaker', state: 'open' });
      return;
    }
    if (this.failures < this.options.failureThreshold) return;
    this.openedAt = Date.now();
    this.events.publish({ event: 'breaker', state: 'open' });
  }

  /** `closed`, `open` or `half-open`. */
  public get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return this.trial ? 'half-open' : 'open';
  }
}
