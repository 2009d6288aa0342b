import type { LoadReport } from '../models/LoadReport.js';
import type { ScenarioReport } from '../models/ScenarioReport.js';

const HEADER = [
  'scenario',
  'writes',
  'issued',
  'acked',
  'acked/s',
  'rejected by code',
  'untyped',
  'hung',
  'worst settle ms',
  'recovery ms',
  'acked lost',
] as const;

function rejections(load: LoadReport): string {
  const entries = Object.entries(load.rejectedByCode);
  return entries.length === 0 ? '0' : entries.map(([code, count]) => `${code} ${count}`).join(', ');
}

function row(scenario: ScenarioReport, load: LoadReport): string[] {
  return [
    scenario.name,
    load.writes,
    String(load.issued),
    String(load.acked),
    String(load.ackedPerSecond),
    rejections(load),
    String(load.untyped),
    String(load.hung),
    String(load.worstSettleMs),
    String(load.recoveryMs),
    String(load.lost),
  ];
}

/** One markdown table, a row per load of every scenario. */
export function renderTable(scenarios: readonly ScenarioReport[]): string {
  const rows = scenarios.flatMap((scenario) => scenario.loads.map((load) => row(scenario, load)));
  const lines = [HEADER as readonly string[], HEADER.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Each scenario's milestones, one line each: `master-kill: master killed 12 ms, failover done 2 310 ms`. */
export function renderMilestones(scenarios: readonly ScenarioReport[]): string {
  return scenarios
    .map((scenario) => {
      const steps = scenario.milestones.map((step) => `${step.label} at ${step.atMs} ms`).join(', ');
      return `- \`${scenario.name}\`: ${scenario.title} ${steps === '' ? '' : `(${steps}; scenario ${scenario.elapsedMs} ms in all)`}`;
    })
    .join('\n');
}

/**
 * What the rejections said: the first message of each code in each load, identical ones merged,
 * with the scenarios they came from (a `SERVER_ERROR` may be `LOADING` in one and `READONLY` in another).
 */
export function renderMessages(scenarios: readonly ScenarioReport[]): string {
  const seen = new Map<string, Set<string>>();
  for (const scenario of scenarios)
    for (const load of scenario.loads)
      for (const [code, message] of Object.entries(load.firstMessageByCode)) {
        const line = `\`${code}\`: ${message}`;
        const where = seen.get(line) ?? new Set<string>();
        where.add(`${scenario.name} ${load.writes}`);
        seen.set(line, where);
      }
  return [...seen]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([line, where]) => `- ${line} (${[...where].join(', ')})`)
    .join('\n');
}
