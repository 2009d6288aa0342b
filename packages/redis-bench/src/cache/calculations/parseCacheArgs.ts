/** What `bench:cache` was asked for. */
export interface CacheArgs {
  /** `quick` with `--quick` (written to .results/), else `full` (written to docs/benchmarks.md). */
  readonly mode: 'quick' | 'full';
  /** `--out <file>`: write the section into this file instead. */
  readonly out?: string;
}

const usage = 'usage: bench:cache [--quick] [--out <file>]';

/**
 * Parse the flags of `bench:cache` (a bare `--` from pnpm is ignored).
 * @throws Error naming the bad argument, with the usage line.
 */
export function parseCacheArgs(argv: readonly string[]): CacheArgs {
  let mode: CacheArgs['mode'] = 'full';
  let out: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--') continue;
    if (arg === '--quick') mode = 'quick';
    else if (arg === '--out') {
      const value = argv[index + 1];
      index += 1;
      if (value === undefined || value.startsWith('--')) throw new Error(`--out needs a value: ${usage}`);
      out = value;
    } else throw new Error(`unknown argument "${String(arg)}": ${usage}`);
  }
  return { mode, ...(out === undefined ? {} : { out }) };
}
