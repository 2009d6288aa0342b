/** What the command line asked for. */
export interface ChaosArgs {
  /** `--full`: the long form; otherwise the short one. */
  readonly form: 'short' | 'full';
  /** `--out FILE`: write the reliability document there. */
  readonly out?: string;
  /** `--only a,b`: run these scenarios only. */
  readonly only?: readonly string[];
}

/**
 * Parse `pnpm chaos` arguments.
 * @throws Error naming the flag, for an unknown flag or a flag without its value.
 */
export function parseChaosArgs(argv: readonly string[], known: readonly string[]): ChaosArgs {
  let form: ChaosArgs['form'] = 'short';
  let out: string | undefined;
  let only: string[] | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--full') form = 'full';
    else if (flag === '--short') form = 'short';
    else if (flag === '--out' || flag === '--only') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
      index += 1;
      if (flag === '--out') out = value;
      else only = value.split(',').filter((name) => name !== '');
    } else
      throw new Error(`unknown flag ${String(flag)}: use --full, --short, --out FILE, --only NAME[,NAME]`);
  }
  const unknown = (only ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`--only: no scenario ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return { form, ...(out === undefined ? {} : { out }), ...(only === undefined ? {} : { only }) };
}
