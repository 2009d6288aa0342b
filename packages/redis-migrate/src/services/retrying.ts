import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Run `attempt` until it reports nothing left to retry, waiting 100 ms, 200 ms… (at most 2 s)
 * in between, for at most `retryForMs`.
 * @param attempt - does one try; resolves `true` when done, `false` to be called again.
 * @returns `true` when done, `false` when time ran out.
 */
export async function retrying(retryForMs: number, attempt: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + retryForMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2_000)) {
    if (await attempt()) return true;
    if (Date.now() + delay > deadline) return false;
    await sleep(delay);
  }
}
