import { describeFailure } from '../cli/describeFailure.js';
import type { SmokeCheck } from '../models/SmokeCheck.js';

/** What a check function finds. */
export interface CheckOutcome {
  readonly ok: boolean;
  readonly detail: string;
}

/**
 * Run one check and time it; a check that throws fails with the error's (secret-free) text
 * rather than stopping the other checks.
 */
export async function runCheck(name: string, check: () => Promise<CheckOutcome>): Promise<SmokeCheck> {
  const started = performance.now();
  let outcome: CheckOutcome;
  try {
    outcome = await check();
  } catch (error) {
    outcome = { ok: false, detail: describeFailure(error) };
  }
  return { name, ...outcome, ms: Math.round(performance.now() - started) };
}
