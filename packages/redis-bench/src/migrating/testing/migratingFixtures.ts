import type { MigratingRow, MigratingScenarioId, MigratingScenarioInfo } from '../models/MigratingResults.js';
import type { MigratingVariantId } from '../models/MigratingVariant.js';

/** A scenario of `bench:migrating` for tests. */
export function migratingScenario(id: MigratingScenarioId): MigratingScenarioInfo {
  return {
    id,
    title: `title of ${id}`,
    command: id.startsWith('set') ? 'SET' : 'GET',
    inFlight: id.endsWith('InFlight') ? 100 : 1,
  };
}

/** A row for tests: the p50 given, ops/s its inverse, everything else plausible. */
export function migratingRow(
  scenario: MigratingScenarioId,
  variant: MigratingVariantId,
  p50Us: number,
  overrides: Partial<MigratingRow> = {},
): MigratingRow {
  return {
    scenario: migratingScenario(scenario),
    variant,
    opsPerSecond: 1e6 / p50Us,
    spread: { low: -0.05, high: 0.1 },
    p50Us,
    p99Us: p50Us * 2,
    cpuUsPerOp: 10,
    ...overrides,
  };
}
