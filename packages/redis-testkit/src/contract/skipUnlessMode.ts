import type { RedisMode } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';

/**
 * For the few tests that only make sense in one mode: whether to skip this one, printing why at collection
 * time when it is skipped. Use as `it.skipIf(skipUnlessMode(context, 'cluster', 'why'))(…)`.
 *
 * @param context - the group's context.
 * @param mode - the only mode the test runs in.
 * @param reason - why the other mode has nothing to check, printed when skipped.
 * @returns `true` when the context's mode is not `mode`.
 */
export function skipUnlessMode(context: ContractContext, mode: RedisMode, reason: string): boolean {
  const skip = context.mode !== mode;
  if (skip) console.log(`[${context.mode}] contract test skipped, ${mode} only: ${reason}`);
  return skip;
}
