import type { BenchModeName } from '../models/BenchSettings.js';

/** What the command line asks for. */
export interface BenchArgs {
  /** Preset: `quick` unless `--full`. */
  readonly mode: BenchModeName;
  /** Where the markdown goes, when `--out` names a file (resolved by the caller). */
  readonly out?: string;
}

const usage = 'usage: bench [--quick | --full] [--out <file>]';

/**
 * Parse the benchmark's flags: `--quick` (default), `--full`, `--out <file>` or `--out=<file>`.
 * A bare `--` (as pnpm may forward it) is ignored.
 *
 * @throws Error naming the unknown or incomplete flag, with the usage line.
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  let mode: BenchModeName = 'quick';
  let out: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') continue;
    if (arg === '--quick' || arg === '--full') {
      mode = arg === '--full' ? 'full' : 'quick';
    } else if (arg === '--out') {
      out = argv[index + 1];
      if (out === undefined || out.startsWith('--')) throw new Error(`--out needs a file name: ${usage}`);
      index += 1;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (out === '') throw new Error(`--out needs a file name: ${usage}`);
    } else {
      throw new Error(`unknown argument "${arg}": ${usage}`);
    }
  }
  return out === undefined ? { mode } : { mode, out };
}
