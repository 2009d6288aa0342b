/**
 * Wraps an error thrown by the caller's own code (a transaction's `fn`) on its way through the
 * command guard, so that the caller gets back exactly what it threw, not a mapped RedisError.
 */
export class CallerError extends Error {
  /**
   * Wraps what the caller's code threw; the guard unwraps it before the caller sees it.
   *
   * @param original - what the caller's code threw.
   */
  public constructor(public readonly original: unknown) {
    super('error thrown by caller code');
    this.name = 'CallerError';
  }
}
