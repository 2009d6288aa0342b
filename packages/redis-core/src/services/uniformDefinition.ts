import type {
  BlockingDefinition,
  CommandDefinition,
  Definition,
  FanOutDefinition,
  NodeDefinition,
  SplitDefinition,
} from '../models/CommandDefinition.js';

/** Every field any kind of definition has. */
type DefinitionField =
  | keyof CommandDefinition
  | keyof SplitDefinition
  | keyof FanOutDefinition
  | keyof BlockingDefinition
  | keyof NodeDefinition;

/** The fields {@link uniformDefinition} copies; the compiler checks none is missing (see below). */
const fields = [
  'kind',
  'command',
  'name',
  'readOnly',
  'buffer',
  'build',
  'keys',
  'reply',
  'expected',
  'empty',
  'variant',
  'merge',
  'combine',
  'everyNode',
  'blocksForMs',
  'refusal',
] as const;

/** The fields {@link fields} misses: `never` when it lists them all. */
type Missing = Exclude<DefinitionField, (typeof fields)[number]>;

/**
 * A copy of `definition` with one fixed shape: every field of every kind present, in one order,
 * `undefined` where the definition has none. The executor and the queues read about ten fields of
 * every definition they run; the 200 definitions as written have dozens of shapes, which turns
 * V8's property caches at those reads megamorphic (a hash lookup per read, per command). One
 * shape keeps them monomorphic. Installed members hold this copy; the tables stay as written.
 */
export function uniformDefinition<D extends Definition>(definition: D): D {
  const source = definition as Partial<Record<DefinitionField, unknown>>;
  // One object literal (not a loop over `fields`): every copy gets the same hidden class at once.
  return {
    kind: source.kind,
    command: source.command,
    name: source.name,
    readOnly: source.readOnly,
    buffer: source.buffer,
    build: source.build,
    keys: source.keys,
    reply: source.reply,
    expected: source.expected,
    empty: source.empty,
    variant: source.variant,
    merge: source.merge,
    combine: source.combine,
    everyNode: source.everyNode,
    blocksForMs: source.blocksForMs,
    refusal: source.refusal,
  } as unknown as D;
}

/**
 * The field names {@link uniformDefinition} copies (for its test). Its type is `never` when a
 * definition kind gained a field the list lacks, so the build fails here until it is added.
 */
export const uniformDefinitionFields: [Missing] extends [never] ? readonly DefinitionField[] : never = fields;
