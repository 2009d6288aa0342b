import type { RedisMode } from '@org/redis-interface';
import type { ResultRow } from '../models/Results.js';
import type { ClientId, ScenarioId, ScenarioInfo } from '../models/Scenario.js';

/** A scenario description for tests. */
export function scenarioInfo(id: ScenarioId, overrides: Partial<ScenarioInfo> = {}): ScenarioInfo {
  return { id, title: `title of ${id}`, op: 'command', latency: false, ...overrides };
}

/** A result row for tests: `opsPerSecond` given, everything else plausible. */
export function resultRow(
  scenario: ScenarioId,
  mode: RedisMode,
  client: ClientId,
  opsPerSecond: number,
  overrides: Partial<ResultRow> = {},
): ResultRow {
  return {
    scenario: scenarioInfo(scenario),
    mode,
    client,
    label: client,
    opsPerSecond,
    spread: { low: -0.01, high: 0.02 },
    cpuUsPerOp: 5,
    ...overrides,
  };
}
