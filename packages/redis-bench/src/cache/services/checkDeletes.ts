import type { BenchCache, BenchCacheOpener } from '../models/BenchCache.js';

/**
 * Checks `deleteMany` and `clear`, which the scenarios do not use: 30 keys stored through `writer`,
 * 10 of them deleted at once, then the cache cleared; after each step an L2-only instance (which reads
 * Redis itself) must find exactly the keys left. One sentence per step, failures starting with PROBLEM.
 */
export async function checkDeletes(
  name: string,
  writer: BenchCache,
  open: BenchCacheOpener,
): Promise<string[]> {
  const lines: string[] = [];
  const reader = await open({ l1: false, bus: false });
  try {
    const keys = Array.from({ length: 30 }, (_, index) => `check:deletes:${index}`);
    await Promise.all(keys.map((key, index) => writer.set(key, index)));
    const found = async (): Promise<number> =>
      (await reader.getMany(keys)).filter((value) => value !== undefined).length;
    const step = async (label: string, act: () => Promise<void>, left: number): Promise<boolean> => {
      try {
        await act();
      } catch (error) {
        lines.push(`PROBLEM ${name}: ${label} threw: ${describeCause(error)} (not used by the scenarios).`);
        return false;
      }
      const stillThere = await found();
      if (stillThere === left)
        lines.push(`${name}: ${label} left ${left} of the ${keys.length} keys, as it should.`);
      else
        lines.push(
          `PROBLEM ${name}: ${label} returned without error but ${stillThere} of the ${keys.length} keys are still in Redis, not ${left} (not used by the scenarios).`,
        );
      return stillThere === left;
    };
    await step(`deleteMany of 10 keys`, () => writer.deleteMany(keys.slice(0, 10)), 20);
    await step('clear()', () => writer.clear(), 0);
  } finally {
    await reader.close();
  }
  return lines;
}

/** The error's message, and its cause's (bentocache wraps the client's error). */
function describeCause(error: unknown): string {
  const message = (value: unknown): string =>
    ((value instanceof Error ? value.message : String(value)).split('\n')[0] ?? '').slice(0, 160);
  const cause = error instanceof Error ? error.cause : undefined;
  return cause === undefined ? message(error) : `${message(error)}: ${message(cause)}`;
}
