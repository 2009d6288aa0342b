/**
 * Things to close, in reverse order of opening, each allowed to fail on its own: a benchmark that
 * failed half-way must still release every connection so the process can exit and the servers stop.
 */
export class Closers {
  private readonly closers: (() => Promise<unknown>)[] = [];

  /** Remember how to close what was just opened; returns `value` for chaining. */
  public add<T>(value: T, close: (value: T) => Promise<unknown>): T {
    this.closers.push(() => close(value));
    return value;
  }

  /** Close everything remembered (reverse order), ignoring individual failures. */
  public async closeAll(): Promise<void> {
    const closers = this.closers.splice(0).reverse();
    await Promise.allSettled(closers.map((close) => close()));
  }
}
