import type { BenchModeName } from '../models/BenchSettings.js';

/** What the command line asks for. */
export interface BenchArgs {
  /** Preset: `quick` unless `--full`. */
  readonly mode: BenchModeName;
  /** Where the markdown goes, when `--out` names a file (resolved by the caller). */
  readonly out?: string;
  /**
   * A checkout of this repository at another commit (installed and built), whose drivers run as one
   * more contender, when `--baseline` names one (resolved by the caller).
   */
  readonly baseline?: string;
}

const usage = 'usage: bench [--quick | --full] [--out <file>] [--baseline <dir>]';

/** The value of a flag that takes one: `--flag value` or `--flag=value`, never empty or a flag. */
function valueOf(argv: readonly string[], index: number, flag: string, what: string): [string, number] {
  const arg = argv[index] ?? '';
  const inline = arg.startsWith(`${flag}=`);
  const value = inline ? arg.slice(flag.length + 1) : argv[index + 1];
  if (value === undefined || value === '' || (!inline && value.startsWith('--')))
    throw new Error(`${flag} needs ${what}: ${usage}`);
  return [value, inline ? index : index + 1];
}

/**
 * Parse the benchmark's flags: `--quick` (default), `--full`, `--out <file>`, `--baseline <dir>`
 * (each also as `--flag=value`). A bare `--` (as pnpm may forward it) is ignored.
 *
 * @throws Error naming the unknown or incomplete flag, with the usage line.
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  let mode: BenchModeName = 'quick';
  let out: string | undefined;
  let baseline: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') continue;
    if (arg === '--quick' || arg === '--full') {
      mode = arg === '--full' ? 'full' : 'quick';
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      [out, index] = valueOf(argv, index, '--out', 'a file name');
    } else if (arg === '--baseline' || arg.startsWith('--baseline=')) {
      [baseline, index] = valueOf(argv, index, '--baseline', 'a checkout directory');
    } else {
      throw new Error(`unknown argument "${arg}": ${usage}`);
    }
  }
  return { mode, ...(out === undefined ? {} : { out }), ...(baseline === undefined ? {} : { baseline }) };
}
