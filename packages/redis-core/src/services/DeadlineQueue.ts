/** Something with a deadline, linked into a {@link DeadlineQueue}. */
export interface DeadlineEntry {
  /** `performance.now()` after which the entry expires (set by the queue). */
  deadline: number;
  /** Neighbours in the queue; both `undefined` and `queued` false when not in it. */
  previous: DeadlineEntry | undefined;
  next: DeadlineEntry | undefined;
  queued: boolean;
  /** Called once when the deadline passes before the entry was removed. */
  expire(): void;
}

/**
 * Deadlines that all share one timeout, kept in arrival order (which is deadline order) and
 * watched by a single timer. Every command needs a deadline (ioredis' own `commandTimeout` does
 * not cover a cluster's offline queue), and a Node timer per command costs more than linking
 * an entry into a list: this runs for every command.
 */
export class DeadlineQueue {
  private head: DeadlineEntry | undefined;
  private tail: DeadlineEntry | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** @param timeoutMs - the deadline of every entry, from the moment it is added. */
  public constructor(private readonly timeoutMs: number) {}

  /** Start `entry`'s deadline now. */
  public add(entry: DeadlineEntry): void {
    entry.deadline = performance.now() + this.timeoutMs;
    entry.previous = this.tail;
    entry.next = undefined;
    entry.queued = true;
    if (this.tail === undefined) this.head = entry;
    else this.tail.next = entry;
    this.tail = entry;
    if (this.timer === undefined) this.arm(this.timeoutMs);
  }

  /** Forget `entry` (it settled in time). Does nothing when it is not queued. */
  public remove(entry: DeadlineEntry): void {
    if (!entry.queued) return;
    if (entry.previous === undefined) this.head = entry.next;
    else entry.previous.next = entry.next;
    if (entry.next === undefined) this.tail = entry.previous;
    else entry.next.previous = entry.previous;
    entry.previous = undefined;
    entry.next = undefined;
    entry.queued = false;
  }

  /** Number of entries waiting (for tests). */
  public get size(): number {
    let count = 0;
    for (let entry = this.head; entry !== undefined; entry = entry.next) count += 1;
    return count;
  }

  // The timer never keeps the process alive by itself: pending commands hold their sockets.
  private arm(delayMs: number): void {
    this.timer = setTimeout(this.sweep, Math.max(1, Math.ceil(delayMs)));
    this.timer.unref();
  }

  private readonly sweep = (): void => {
    this.timer = undefined;
    const now = performance.now();
    while (this.head !== undefined && this.head.deadline <= now) {
      const expired = this.head;
      this.remove(expired);
      expired.expire();
    }
    if (this.head !== undefined) this.arm(this.head.deadline - now);
  };
}
