/**
 * Callers waiting for another instance to store a key's value: the bus wakes them when its `set` message
 * arrives, so a waiter does not sleep out its whole poll interval.
 */
export class KeyWaiters {
  private readonly waiting = new Map<string, Set<() => void>>();

  /**
   * Resolves when `key` is announced as stored, or after `ms` (the waiter then looks in Redis itself).
   */
  public wait(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      let set = this.waiting.get(key);
      if (set === undefined) {
        set = new Set();
        this.waiting.set(key, set);
      }
      const owner = set;
      const done = (): void => {
        clearTimeout(timer);
        owner.delete(done);
        if (owner.size === 0 && this.waiting.get(key) === owner) this.waiting.delete(key);
        resolve();
      };
      const timer = setTimeout(done, ms);
      owner.add(done);
    });
  }

  /** Wakes the waiters of these keys. */
  public wake(keys: readonly string[]): void {
    for (const key of keys) for (const done of [...(this.waiting.get(key) ?? [])]) done();
  }

  /** Wakes everyone (the cache closes). */
  public wakeAll(): void {
    for (const set of [...this.waiting.values()]) for (const done of [...set]) done();
  }
}
