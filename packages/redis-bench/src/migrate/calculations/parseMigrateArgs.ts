import type { MigrateTool } from '../models/MigrateRun.js';

/** What `bench:migrate` was asked for. */
export interface MigrateArgs {
  /** `quick` (100 k, one round) with `--quick`, else `full`. */
  readonly mode: 'quick' | 'full';
  /** `--only ours|redis-cli`: run one tool. */
  readonly only?: MigrateTool;
  /** `--out <file>`: write the section into this file instead. */
  readonly out?: string;
}

const usage = 'usage: bench:migrate [--quick] [--only ours|redis-cli] [--out <file>]';

/**
 * Parse the flags of `bench:migrate` (a bare `--` from pnpm is ignored).
 * @throws Error naming the bad argument, with the usage line.
 */
export function parseMigrateArgs(argv: readonly string[]): MigrateArgs {
  let mode: MigrateArgs['mode'] = 'full';
  let only: MigrateTool | undefined;
  let out: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--') continue;
    if (arg === '--quick') mode = 'quick';
    else if (arg === '--only' || arg === '--out') {
      const value = argv[index + 1];
      index += 1;
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value: ${usage}`);
      if (arg === '--out') out = value;
      else if (value === 'ours' || value === 'redis-cli') only = value;
      else throw new Error(`--only takes ours or redis-cli, got "${value}": ${usage}`);
    } else throw new Error(`unknown argument "${String(arg)}": ${usage}`);
  }
  return { mode, ...(only === undefined ? {} : { only }), ...(out === undefined ? {} : { out }) };
}
