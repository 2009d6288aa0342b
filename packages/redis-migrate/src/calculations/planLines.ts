import type { PlanReport } from '../models/PlanReport.js';
import { formatBytes } from './progressLine.js';

function duration(seconds: number | undefined): string {
  if (seconds === undefined) return 'unknown (no key could be read)';
  if (seconds < 120) return `about ${seconds} s`;
  if (seconds < 7200) return `about ${Math.round(seconds / 60)} min`;
  return `about ${(seconds / 3600).toFixed(1)} h`;
}

/** The text form of a plan, one fact per line. */
export function planLines(report: PlanReport): string[] {
  const { source, target, estimate } = report;
  return [
    `source: ${source.description}, Redis ${source.version}, db ${source.db}: ${source.keys} keys`,
    ...source.nodes.map((node) => `  ${node.node}: ${node.keys} keys, ${formatBytes(node.usedMemory)} used`),
    `target: ${target.description}, Redis ${target.version}: ${target.keys === 0 ? 'empty' : `${target.keys} keys (not empty)`}`,
    `${report.compatible ? 'compatible' : 'INCOMPATIBLE'}: ${report.compatibility}${report.rdbVersion === undefined ? '' : ` (DUMP payloads in RDB format ${report.rdbVersion})`}`,
    ...(report.otherDatabases.length === 0
      ? []
      : [
          'other source databases (not copied by this run):',
          ...report.otherDatabases.map(
            (other) => `  db ${other.db}: ${other.keys} keys: copy with ${other.suggestion}`,
          ),
        ]),
    `biggest keys (of ${report.sampledKeys} sampled):`,
    ...(report.biggestKeys.length === 0
      ? ['  none: the source database is empty']
      : report.biggestKeys.map(
          (key) =>
            `  ${formatBytes(key.bytes).padStart(8)}  ${key.type.padEnd(6)}  ${JSON.stringify(key.key)}${key.big ? '  (big: copied in chunks)' : ''}`,
        )),
    `estimate: ${duration(estimate.seconds)} to read ${source.keys} keys at ${estimate.keysPerSecond} keys/s (measured on ${estimate.sampledKeys} keys; an estimate: writing to the target adds to it)`,
    report.ok ? 'plan: a copy can go ahead' : 'plan: a copy cannot go ahead',
  ];
}
