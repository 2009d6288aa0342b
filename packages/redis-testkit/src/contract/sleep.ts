/**
 * Resolves after `ms` milliseconds. Only to let something happen in between, never to assert speed.
 *
 * @param ms - how long.
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
