import type { PipelineResult } from './PipelineResult.js';

/**
 * Options of `transaction()`.
 */
export interface TransactionOptions {
  /** How many times the function runs before `TRANSACTION_ABORTED` is thrown. Default `3`. */
  readonly maxAttempts?: number;
}

/**
 * What `transaction()` resolves to once EXEC succeeded.
 *
 * @typeParam T - what the transaction function returned.
 */
export interface TransactionResult<T> {
  /** What the transaction function returned on the successful attempt. */
  readonly value: T;
  /**
   * One result per queued command, in order. Redis does not roll back: a failed command (`ok: false`) does
   * not undo the others. Empty when nothing was queued.
   */
  readonly results: readonly PipelineResult[];
  /** How many attempts it took, from 1. */
  readonly attempts: number;
}
