import type { CommandInfo, KeySpecRule } from './commandInfo.js';

/** What the key specs say about one command line. */
export interface FoundKeys {
  /** Positions of the keys in the arguments after the command name, ascending. */
  readonly positions: readonly number[];
  /** False when a key spec could not be followed (an unknown search type): the keys may be incomplete. */
  readonly complete: boolean;
}

/**
 * The key positions of one spec in `argv` (the whole command line: name first), following Redis's own
 * algorithm for key specs; `undefined` when the spec cannot be followed.
 */
function specPositions(spec: KeySpecRule, argv: readonly string[]): number[] | undefined {
  const argc = argv.length;
  let first: number;
  const begin = spec.beginSearch;
  if (begin.type === 'index') first = begin.index;
  else if (begin.type === 'keyword') {
    const from = begin.startfrom >= 0 ? begin.startfrom : argc + begin.startfrom;
    const step = begin.startfrom >= 0 ? 1 : -1;
    let found = -1;
    for (let index = from; index > 0 && index < argc; index += step)
      if (argv[index]?.toUpperCase() === begin.keyword) {
        found = index;
        break;
      }
    if (found < 0) return [];
    first = found + 1;
  } else return undefined;
  const find = spec.findKeys;
  let last: number;
  let step: number;
  if (find.type === 'range') {
    step = find.keystep;
    if (find.lastkey >= 0) last = first + find.lastkey;
    else if (find.limit <= 1) last = argc + find.lastkey;
    else last = first + Math.floor((argc - first) / find.limit) + find.lastkey;
  } else if (find.type === 'keynum') {
    const count = Number(argv[first + find.keynumidx]);
    if (!Number.isSafeInteger(count) || count < 0) return [];
    step = find.keystep;
    first += find.firstkey;
    last = first + (count - 1) * step;
  } else return undefined;
  const positions: number[] = [];
  for (let index = first; index <= last && index < argc; index += Math.max(step, 1)) positions.push(index);
  return positions;
}

/**
 * The keys of a command line by the server's key specs. `argv` is the whole line as text (name
 * first, then the subcommand if `info` is one); the positions returned count from the first
 * argument after the command name (a subcommand is that argument).
 */
export function findKeys(info: CommandInfo, argv: readonly string[]): FoundKeys {
  const found = new Set<number>();
  let complete = true;
  for (const spec of info.keySpecs) {
    const positions = specPositions(spec, argv);
    if (positions === undefined) complete = false;
    else for (const position of positions) found.add(position - 1);
  }
  return { positions: [...found].filter((position) => position >= 0).sort((a, b) => a - b), complete };
}
