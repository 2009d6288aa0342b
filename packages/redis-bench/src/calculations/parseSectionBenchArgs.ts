/** What a bench that writes one section of docs/benchmarks.md (`bench:cache`, `bench:migrating`) was asked for. */
export interface SectionBenchArgs {
  /** `quick` with `--quick` (written to .results/), else `full` (written to docs/benchmarks.md). */
  readonly mode: 'quick' | 'full';
  /** `--out <file>`: write the section into this file instead. */
  readonly out?: string;
}

/**
 * Parse the flags of a section bench (a bare `--` from pnpm is ignored).
 * @param command - the script's name, for the usage line (`bench:cache`).
 * @throws Error naming the bad argument, with the usage line.
 */
export function parseSectionBenchArgs(command: string, argv: readonly string[]): SectionBenchArgs {
  const usage = `usage: ${command} [--quick] [--out <file>]`;
  let mode: SectionBenchArgs['mode'] = 'full';
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
