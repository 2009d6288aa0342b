/** How the fuzz suite runs: seeded, bounded in time, raised locally with environment variables. */
export interface FuzzSettings {
  /** The seed of every property (`FUZZ_SEED`; default random, printed on failure). */
  readonly seed: number;
  /** Runs per member (`FUZZ_RUNS`; default 15). */
  readonly numRuns: number;
  /** Time budget per member in ms (`FUZZ_MEMBER_MS`; default 120): runs stop there, without failing. */
  readonly memberTimeMs: number;
}

function positiveInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const parsed = Number(text);
  if (!Number.isSafeInteger(parsed)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return parsed;
}

/**
 * The settings, read once per suite from the environment.
 *
 * @returns seed, runs and time budget.
 * @throws Error when a variable is not a whole number.
 */
export function fuzzSettings(): FuzzSettings {
  const runs = positiveInteger('FUZZ_RUNS', 15);
  return {
    seed: positiveInteger('FUZZ_SEED', Math.floor(Math.random() * 2 ** 31)),
    numRuns: runs,
    // A raised FUZZ_RUNS gets the time it needs unless FUZZ_MEMBER_MS says otherwise.
    memberTimeMs: positiveInteger('FUZZ_MEMBER_MS', process.env.FUZZ_RUNS === undefined ? 120 : runs * 50),
  };
}
