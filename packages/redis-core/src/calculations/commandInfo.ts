import { mapField as field } from './mapField.js';

/**
 * The parts of Redis's `COMMAND INFO` reply that routing and key prefixing need: flags and key
 * specs, for commands and their subcommands (`memory|usage`). RESP2 and RESP3 shapes both: maps
 * arrive as flat `[name, value…]` lists, Map objects or plain objects, sets as lists or Sets.
 */

/** Where the search for a key spec's keys starts. */
export type BeginSearch =
  | { readonly type: 'index'; readonly index: number }
  | { readonly type: 'keyword'; readonly keyword: string; readonly startfrom: number }
  | { readonly type: 'unknown' };

/** How a key spec's keys are found from where the search began. */
export type FindKeys =
  | { readonly type: 'range'; readonly lastkey: number; readonly keystep: number; readonly limit: number }
  | {
      readonly type: 'keynum';
      readonly keynumidx: number;
      readonly firstkey: number;
      readonly keystep: number;
    }
  | { readonly type: 'unknown' };

/** One key spec of a command (Redis 7). */
export interface KeySpecRule {
  readonly beginSearch: BeginSearch;
  readonly findKeys: FindKeys;
}

/** What this layer knows about one command from the server. */
export interface CommandInfo {
  /** `set`, or `memory|usage` for a subcommand. */
  readonly name: string;
  /** `write`, `readonly`, `blocking`, `movablekeys`, `pubsub`, `noscript`… */
  readonly flags: ReadonlySet<string>;
  readonly keySpecs: readonly KeySpecRule[];
  /** The `request_policy` tip (`all_shards`, `all_nodes`, `multi_shard`…), when the server gives one. */
  readonly requestPolicy: string | undefined;
  /** Subcommands by lower-case name (`usage` for `memory|usage`). */
  readonly subcommands: ReadonlyMap<string, CommandInfo>;
}

const list = (value: unknown): readonly unknown[] => {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...(value as Set<unknown>)];
  return [];
};

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

function beginSearch(value: unknown): BeginSearch {
  const spec = field(value, 'spec');
  switch (field(value, 'type')) {
    case 'index':
      return { type: 'index', index: num(field(spec, 'index')) };
    case 'keyword':
      return {
        type: 'keyword',
        keyword: String(field(spec, 'keyword')).toUpperCase(),
        startfrom: num(field(spec, 'startfrom')),
      };
    default:
      return { type: 'unknown' };
  }
}

function findKeys(value: unknown): FindKeys {
  const spec = field(value, 'spec');
  switch (field(value, 'type')) {
    case 'range':
      return {
        type: 'range',
        lastkey: num(field(spec, 'lastkey')),
        keystep: num(field(spec, 'keystep')),
        limit: num(field(spec, 'limit')),
      };
    case 'keynum':
      return {
        type: 'keynum',
        keynumidx: num(field(spec, 'keynumidx')),
        firstkey: num(field(spec, 'firstkey')),
        keystep: num(field(spec, 'keystep')),
      };
    default:
      return { type: 'unknown' };
  }
}

/** One entry of the reply: `[name, arity, flags, first, last, step, acl, tips, key specs, subcommands]`. */
function commandInfo(entry: unknown): CommandInfo | undefined {
  const parts = list(entry);
  const name = parts[0];
  if (typeof name !== 'string') return undefined;
  const subcommands = new Map<string, CommandInfo>();
  for (const sub of list(parts[9])) {
    const info = commandInfo(sub);
    if (info !== undefined) subcommands.set(info.name.slice(info.name.indexOf('|') + 1), info);
  }
  return {
    name: name.toLowerCase(),
    flags: new Set(list(parts[2]).map((flag) => String(flag).toLowerCase())),
    requestPolicy: list(parts[7])
      .map(String)
      .find((tip) => tip.startsWith('request_policy:'))
      ?.slice('request_policy:'.length),
    keySpecs: list(parts[8]).map((spec) => ({
      beginSearch: beginSearch(field(spec, 'begin_search')),
      findKeys: findKeys(field(spec, 'find_keys')),
    })),
    subcommands,
  };
}

/** The reply of `COMMAND` / `COMMAND INFO` as a table by lower-case command name. */
export function parseCommandInfo(reply: unknown): Map<string, CommandInfo> {
  const table = new Map<string, CommandInfo>();
  for (const entry of list(reply)) {
    const info = commandInfo(entry);
    if (info !== undefined) table.set(info.name, info);
  }
  return table;
}
