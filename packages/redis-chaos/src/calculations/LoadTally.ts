import { RedisError } from '@org/redis-interface';
import type { LoadReport, WriteKind } from '../models/LoadReport.js';

const MAX_SAMPLES = 5;

/**
 * Counts what a write load saw, one outcome at a time, and turns it into a {@link LoadReport}.
 * Times are `performance.now()` values; the fault's start is set by the scenario.
 */
export class LoadTally {
  private issued = 0;
  private acked = 0;
  private hung = 0;
  private untyped = 0;
  private worstSettleMs = 0;
  private lastFailureAt: number | undefined;
  private readonly rejected = new Map<string, number>();
  private readonly firstMessages = new Map<string, string>();
  private readonly untypedSamples: string[] = [];

  /** @param writes - what kind of writes this load makes. */
  public constructor(private readonly writes: WriteKind) {}

  /** A write was sent. */
  public started(): void {
    this.issued += 1;
  }

  /** A write resolved after `settleMs`. */
  public succeeded(settleMs: number): void {
    this.acked += 1;
    this.settled(settleMs);
  }

  /** A write rejected with `error` after `settleMs`, at `now`. */
  public failed(error: unknown, settleMs: number, now: number): void {
    this.settled(settleMs);
    this.lastFailureAt = now;
    if (RedisError.is(error)) {
      this.rejected.set(error.code, (this.rejected.get(error.code) ?? 0) + 1);
      if (!this.firstMessages.has(error.code)) this.firstMessages.set(error.code, error.message);
      return;
    }
    this.untyped += 1;
    if (this.untypedSamples.length < MAX_SAMPLES)
      this.untypedSamples.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }

  /** A write did not settle within the hang bound (it may still settle later: it stays counted as hung). */
  public hang(now: number): void {
    this.hung += 1;
    this.lastFailureAt = now;
  }

  /**
   * The report.
   * @param faultAt - when the fault started (`performance.now()`), for the recovery time.
   * @param elapsedMs - how long the load ran, for the rate.
   * @param lost - acked writes not found on the server afterwards.
   */
  public report(faultAt: number, elapsedMs: number, lost: number): LoadReport {
    const recoveryMs =
      this.lastFailureAt === undefined ? 0 : Math.max(0, Math.round(this.lastFailureAt - faultAt));
    return {
      writes: this.writes,
      issued: this.issued,
      acked: this.acked,
      rejectedByCode: Object.fromEntries([...this.rejected].sort(([a], [b]) => a.localeCompare(b))),
      firstMessageByCode: Object.fromEntries(this.firstMessages),
      untyped: this.untyped,
      untypedSamples: [...this.untypedSamples],
      hung: this.hung,
      worstSettleMs: Math.round(this.worstSettleMs),
      recoveryMs,
      lost,
      ackedPerSecond: elapsedMs <= 0 ? 0 : Math.round((this.acked * 1000) / elapsedMs),
    };
  }

  private settled(settleMs: number): void {
    if (settleMs > this.worstSettleMs) this.worstSettleMs = settleMs;
  }
}
