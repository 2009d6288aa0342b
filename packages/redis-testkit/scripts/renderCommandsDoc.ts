import type { CoverageRow } from './commandCoverage.js';
import { groupsInScope } from './commandScope.js';

const status = (row: CoverageRow): string => {
  if (row.members.length > 0) return row.members.map((member) => `\`${member}\``).join(', ');
  return row.status === 'missing' ? '—' : '';
};

const escape = (text: string): string => text.replace(/\|/g, '\\|');

/** The share of the in-scope commands (those not excluded on purpose) that a member covers. */
export function coveredShare(rows: readonly CoverageRow[]): { covered: number; total: number } {
  const counted = rows.filter((row) => row.status !== 'excluded');
  return { covered: counted.filter((row) => row.status !== 'missing').length, total: counted.length };
}

/**
 * docs/commands.md from the coverage rows.
 * @param rows - the in-scope commands.
 * @param version - the redis-server version asked.
 * @param outOfScope - command counts of the groups left out, by group.
 */
export function renderCommandsDoc(
  rows: readonly CoverageRow[],
  version: string,
  outOfScope: ReadonlyMap<string, number>,
): string {
  const { covered, total } = coveredShare(rows);
  const lines = [
    '# Redis commands and the members that send them',
    '',
    `Generated from \`COMMAND DOCS\` of the testkit's redis-server ${version} by`,
    '`pnpm --filter @org/redis-testkit commands-doc`; CI fails when it is stale. Do not edit by hand.',
    '',
    `**Covered: ${covered} of ${total} in-scope commands (${((covered / total) * 100).toFixed(1)} %).** A command`,
    'counts as covered when a member sends it, or when a member does the same (a deprecated command such',
    'as `GETSET`). Commands left out on purpose are listed with the reason and not counted. Anything',
    'else can still be sent portably with `call(command, ...args)`: keys prefixed, slot-checked and routed.',
    '',
    '| Group | In scope | Sent by a member | Covered by another member | Left out | Missing |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const group of [...groupsInScope, 'server']) {
    const of = rows.filter((row) => row.group === group);
    if (of.length === 0) continue;
    const count = (kind: CoverageRow['status']): number => of.filter((row) => row.status === kind).length;
    lines.push(
      `| ${group} | ${of.length} | ${count('member')} | ${count('covered')} | ${count('excluded')} | ${count('missing')} |`,
    );
  }
  lines.push(
    '',
    'Out of scope: ' +
      [...outOfScope].map(([group, count]) => `${group} (${count})`).join(', ') +
      '. These manage servers, connections and the cluster itself (ACL, CONFIG, CLIENT, CLUSTER,',
    'REPLICAOF…): the drivers run what they need (HELLO, AUTH, CLUSTER SLOTS…), operators run the rest;',
    '`call()` sends the ones that are safe on a shared connection. `INFO` is in scope.',
  );
  for (const group of [...groupsInScope, 'server']) {
    const of = rows.filter((row) => row.group === group);
    if (of.length === 0) continue;
    lines.push('', `## ${group}`, '', '| Command | Member | Note |', '| --- | --- | --- |');
    for (const row of of) {
      const note = [row.deprecated ? 'deprecated by Redis' : '', row.note].filter(Boolean).join('; ');
      lines.push(`| \`${row.name.toUpperCase().replace('|', ' ')}\` | ${status(row)} | ${escape(note)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
