import { parseInfo } from '@org/redis-core';

/** Calls per command name (lower case), from `INFO commandstats`. */
export type CommandCalls = ReadonlyMap<string, number>;

/**
 * The calls of every command in an `INFO commandstats` reply (`cmdstat_get:calls=12,…`), without INFO
 * itself (the counter's own reads).
 */
export function parseCommandCalls(info: string): Map<string, number> {
  const calls = new Map<string, number>();
  for (const [field, value] of Object.entries(parseInfo(info))) {
    if (!field.startsWith('cmdstat_')) continue;
    const name = field.slice('cmdstat_'.length).replace('|', ' ');
    const count = /(?:^|,)calls=(\d+)/.exec(value)?.[1];
    if (name !== 'info' && count !== undefined) calls.set(name, Number(count));
  }
  return calls;
}

/** Adds `calls` into `total` (several nodes, or several runs). */
export function addCalls(total: Map<string, number>, calls: CommandCalls, sign: 1 | -1 = 1): void {
  for (const [name, count] of calls) total.set(name, (total.get(name) ?? 0) + sign * count);
}

/**
 * Commands per op, the biggest first, dropping those under 0.05 per op (background traffic):
 * `get 2.0, set 1.0, …`; and their total.
 */
export function describeCallsPerOp(calls: CommandCalls, ops: number): { perOp: number; top: string } {
  if (ops <= 0) return { perOp: Number.NaN, top: '' };
  const entries = [...calls.entries()]
    .map(([name, count]) => [name, count / ops] as const)
    .filter(([, perOp]) => perOp >= 0.05)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    perOp: entries.reduce((sum, [, perOp]) => sum + perOp, 0),
    top: entries.map(([name, perOp]) => `${name} ${perOp.toFixed(perOp < 10 ? 1 : 0)}`).join(', '),
  };
}
