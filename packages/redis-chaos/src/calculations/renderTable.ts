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
