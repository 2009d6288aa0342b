import { mapField as field } from '@org/redis-core';
import { alsoInScope, coveredBy, excluded, groupsInScope, handWritten } from './commandScope.js';

/** One command of COMMAND DOCS (or subcommand, `xinfo|stream`). */
export interface DocumentedCommand {
  readonly name: string;
  readonly group: string;
  readonly summary: string;
  readonly deprecated: boolean;
}

/** How one in-scope command is covered. */
export interface CoverageRow extends DocumentedCommand {
  /** `member` names sending it, `covered by …` text, `excluded: …` reason, or nothing (missing). */
  readonly members: readonly string[];
  readonly status: 'member' | 'covered' | 'excluded' | 'missing';
  readonly note: string;
}

/** Entries of a RESP2/RESP3 map. */
function entries(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) {
    const pairs: [string, unknown][] = [];
    for (let index = 0; index + 1 < value.length; index += 2)
      pairs.push([String(value[index]), value[index + 1]]);
    return pairs;
  }
  if (value instanceof Map) return [...(value as Map<unknown, unknown>)].map(([k, v]) => [String(k), v]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function documented(name: string, doc: unknown): DocumentedCommand {
  const flags = field(doc, 'doc_flags');
  const list = Array.isArray(flags) ? flags : flags instanceof Set ? [...(flags as Set<unknown>)] : [];
  return {
    name: name.toLowerCase(),
    group: text(field(doc, 'group')),
    summary: text(field(doc, 'summary')),
    deprecated: list.includes('deprecated'),
  };
}

/** Every command of a `COMMAND DOCS` reply; a command with subcommands is listed as its subcommands. */
export function parseCommandDocs(reply: unknown): DocumentedCommand[] {
  const commands: DocumentedCommand[] = [];
  for (const [name, doc] of entries(reply)) {
    const subcommands = entries(field(doc, 'subcommands'));
    if (subcommands.length === 0) commands.push(documented(name, doc));
    else for (const [sub, subDoc] of subcommands) commands.push(documented(sub, subDoc));
  }
  return commands.sort((a, b) => a.name.localeCompare(b.name));
}

/** The command a member sends, `command` or `command|sub` when its name ends with a subcommand. */
function commandsOfMember(
  member: string,
  command: string,
  subcommandsOf: ReadonlyMap<string, string[]>,
): string[] {
  const subs = subcommandsOf.get(command);
  if (subs === undefined) return [command];
  const rest = member.toLowerCase().slice(command.length).replace(/ro$/, '');
  const sub = subs.find((candidate) => candidate.replace(/-/g, '') === rest);
  return sub === undefined ? [] : [`${command}|${sub}`];
}

/**
 * The in-scope commands with their coverage.
 * @param docs - from {@link parseCommandDocs}.
 * @param definitions - every definition by member name: the command it sends.
 * @param hasMember - whether the service has a hand-written member of that name.
 */
export function coverage(
  docs: readonly DocumentedCommand[],
  definitions: Readonly<Record<string, { readonly command: string }>>,
  hasMember: (member: string) => boolean,
): CoverageRow[] {
  const subcommandsOf = new Map<string, string[]>();
  for (const { name } of docs) {
    const [command, sub] = name.split('|');
    if (command !== undefined && sub !== undefined)
      subcommandsOf.set(command, [...(subcommandsOf.get(command) ?? []), sub]);
  }
  const membersOf = new Map<string, string[]>();
  const add = (command: string, member: string): void => {
    membersOf.set(command, [...(membersOf.get(command) ?? []), member]);
  };
  for (const [member, definition] of Object.entries(definitions))
    for (const command of commandsOfMember(member, definition.command, subcommandsOf)) add(command, member);
  for (const [member, commands] of Object.entries(handWritten))
    if (hasMember(member)) for (const command of commands) add(command, member);
  const scope = new Set<string>(groupsInScope);
  return docs
    .filter((doc) => scope.has(doc.group) || alsoInScope.includes(doc.name))
    .map((doc): CoverageRow => {
      const members = [...new Set(membersOf.get(doc.name) ?? [])];
      if (members.length > 0) return { ...doc, members, status: 'member', note: '' };
      const by = coveredBy[doc.name];
      if (by !== undefined) return { ...doc, members, status: 'covered', note: `covered by ${by}` };
      const reason = excluded[doc.name];
      if (reason !== undefined) return { ...doc, members, status: 'excluded', note: reason };
      return { ...doc, members, status: 'missing', note: 'not covered yet: use `call()`' };
    });
}
