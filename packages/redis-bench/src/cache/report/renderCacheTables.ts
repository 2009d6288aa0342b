import { median } from '../../calculations/stats.js';
import { formatCount, formatMicros, formatRatio, formatSpread } from '../../report/format.js';
import { markdownTable } from '../../report/markdownTable.js';
import { cacheContenderLabels } from '../models/BenchCache.js';
import type { CacheRow, StampedeResult } from '../models/CacheResults.js';

/** The throughput table: one line per scenario, mode and cache, the scenario named on its first line. */
export function renderCacheTable(rows: readonly CacheRow[]): string {
  const body = rows.map((row, index) => [
    rows[index - 1]?.scenario.id === row.scenario.id ? '' : row.scenario.title,
    row.mode,
    cacheContenderLabels[row.contender],
    row.error === undefined ? formatCount(row.opsPerSecond) : `failed: ${row.error}`,
    formatSpread(row.spread),
    formatMicros(row.p50Us),
    formatMicros(row.p99Us),
    formatCount(row.cpuUsPerOp),
    formatRatio(row.ratio),
    formatCount(row.factoryRuns),
    formatCount(row.wrongAnswers),
  ]);
  return markdownTable(
    [
      'scenario',
      'mode',
      'cache',
      'ops/s (median)',
      'spread (min / max round)',
      'p50 µs',
      'p99 µs',
      'CPU µs/op',
      'ours / bentocache',
      'factory runs',
      'wrong answers',
    ],
    body,
    new Set([3, 4, 5, 6, 7, 8, 9, 10]),
  );
}

/** The stampede table: factory runs per round and how long a round took, per mode and cache. */
export function renderStampedeTable(stampedes: readonly StampedeResult[]): string {
  const body = stampedes.map((stampede) => {
    const runs = stampede.runsPerRound;
    const once = runs.filter((count) => count === 1).length;
    return [
      stampede.mode,
      cacheContenderLabels[stampede.contender],
      stampede.error === undefined ? formatCount(median(runs)) : `failed: ${stampede.error}`,
      runs.length === 0 ? '—' : `${Math.min(...runs)} / ${Math.max(...runs)}`,
      `${once} of ${runs.length}`,
      formatCount(runs.reduce((sum, count) => sum + count, 0)),
      formatCount(median(stampede.roundMs)),
      formatCount(stampede.wrongRounds),
    ];
  });
  return markdownTable(
    [
      'mode',
      'cache',
      'factory runs per round (median)',
      'min / max',
      'rounds with one run',
      'runs in all',
      'round ms (median)',
      'rounds with a wrong answer',
    ],
    body,
    new Set([2, 3, 4, 5, 6, 7]),
  );
}

/** Redis commands per op, per scenario, mode and cache: where the round trips go. */
export function renderCommandsTable(rows: readonly CacheRow[]): string {
  const body = rows.map((row, index) => [
    rows[index - 1]?.scenario.id === row.scenario.id ? '' : row.scenario.title,
    row.mode,
    cacheContenderLabels[row.contender],
    formatCount(row.commandsPerOp),
    row.topCommands,
  ]);
  return markdownTable(['scenario', 'mode', 'cache', 'commands / op', 'per op (≥ 0.05)'], body, new Set([3]));
}
