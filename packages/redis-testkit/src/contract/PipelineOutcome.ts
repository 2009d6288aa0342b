import type { PipelineResult } from '@org/redis-interface';
import { describeFailure } from './errorCodeOf.js';

/**
 * A {@link PipelineResult} reduced to what a test compares: the value, or the error's code.
 */
export type PipelineOutcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string };

/**
 * Reduces pipeline or transaction results to {@link PipelineOutcome}s, so that `toEqual` compares error
 * codes rather than whole error objects.
 *
 * @param results - what `exec()` or `transaction()` returned.
 * @returns one outcome per result, in order.
 */
export function outcomesOf(results: readonly PipelineResult[]): PipelineOutcome[] {
  return results.map((result) =>
    result.ok ? { ok: true, value: result.value } : { ok: false, code: describeFailure(result.error) },
  );
}
