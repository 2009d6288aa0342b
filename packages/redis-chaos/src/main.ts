import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chaosForms } from './models/ChaosSettings.js';
import { parseChaosArgs } from './calculations/parseChaosArgs.js';
import { renderReliability } from './calculations/renderReliability.js';
import { renderMessages, renderMilestones, renderTable } from './calculations/renderTable.js';
import { allScenarios } from './services/scenarios/allScenarios.js';
import { runScenario } from './services/runScenario.js';
import type { ScenarioReport } from './models/ScenarioReport.js';

function redisVersion(): string {
  const banner = execFileSync('redis-server', ['--version'], { encoding: 'utf8' });
  return /v=(\S+)/.exec(banner)?.[1] ?? 'unknown';
}

const args = parseChaosArgs(
  process.argv.slice(2),
  allScenarios.map((scenario) => scenario.name),
);
const settings = chaosForms[args.form];
const chosen = allScenarios.filter((scenario) => args.only?.includes(scenario.name) ?? true);
const reports: ScenarioReport[] = [];
for (const scenario of chosen) {
  console.log(`--- ${scenario.name}: ${scenario.title}`);
  reports.push(await runScenario(scenario, settings));
  console.log(renderTable(reports.slice(-1)));
}
console.log(`\n${renderTable(reports)}\n\n${renderMilestones(reports)}\n\n${renderMessages(reports)}`);
if (args.out !== undefined) {
  const machine = `${availableParallelism()} cores, Node ${process.version}, redis-server ${redisVersion()}`;
  writeFileSync(
    args.out,
    renderReliability({ scenarios: reports, settings, machine, date: new Date().toISOString().slice(0, 10) }),
  );
  console.log(`\nwrote ${args.out}`);
}
