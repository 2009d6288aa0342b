import { setTimeout as sleep } from 'node:timers/promises';
import { TestkitError } from '../models/TestkitError.js';

/**
 * What one readiness poll saw: `true` when ready, otherwise what is still missing, in words
 * that end up in the timeout message.
 */
export type Readiness = true | string;

/**
 * Poll `check` every 50 ms until it returns `true`.
 *
 * The timeout message quotes the last poll, not the last error ever seen: a node that was slow
 * once early on must not hide what the cluster was really still waiting for at the end.
 *
 * @throws TestkitError `CLUSTER_NOT_READY` naming `what` and the last poll's state after `timeoutMs`;
 *   its `cause` is the last poll's error when that poll threw.
 */
export async function waitUntil(
  what: string,
  timeoutMs: number,
  check: () => Promise<Readiness>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: { readonly state: string; readonly error?: unknown } = { state: 'never polled' };
  while (Date.now() < deadline) {
    try {
      const state = await check();
      if (state === true) return;
      last = { state };
    } catch (error) {
      last = {
        state: `a node did not answer (${error instanceof Error ? error.message : String(error)})`,
        error,
      };
    }
    await sleep(50);
  }
  throw new TestkitError(
    'CLUSTER_NOT_READY',
    `Timed out after ${timeoutMs} ms waiting for ${what}; last poll: ${last.state}`,
    'error' in last ? { cause: last.error } : undefined,
  );
}
