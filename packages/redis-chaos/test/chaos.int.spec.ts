import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '@org/redis-testkit';
import { chaosForms } from '../src/models/ChaosSettings.js';
import type { LoadReport } from '../src/models/LoadReport.js';
import type { ScenarioReport } from '../src/models/ScenarioReport.js';
import { allScenarios } from '../src/services/scenarios/allScenarios.js';
import { runScenario } from '../src/services/runScenario.js';
import { renderTable } from '../src/calculations/renderTable.js';

// The short form of `pnpm chaos`: every scenario once, asserting the guarantees docs/reliability.md
// states. Fault injection needs servers the testkit starts itself (redis-server on PATH).
const settings = chaosForms.short;
const backend = await selectBackend('cluster', {});
const unavailable = backend.kind !== 'local';
if (unavailable)
  console.log(
    `chaos suite skipped: it kills and pauses servers, which needs redis-server on PATH (backend: ${backend.kind})`,
  );

// Every write settles within its deadline: the command timeout, plus WAIT's for a durable write, plus
// scheduling slack on a loaded 2-core machine.
const settleBoundMs = settings.commandTimeoutMs + settings.durableTimeoutMs + 1_000;

function loadOf(report: ScenarioReport, writes: LoadReport['writes']): LoadReport {
  const load = report.loads.find((entry) => entry.writes === writes);
  if (load === undefined) throw new Error(`${report.name} ran no ${writes} load`);
  return load;
}

describe.skipIf(unavailable)('chaos suite (short form)', () => {
  describe.each(allScenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (_, scenario) => {
    let report: ScenarioReport;

    beforeAll(async () => {
      report = await runScenario(scenario, settings);
      console.log(renderTable([report]));
    }, 120_000);

    it('should leave no write hung', () => {
      expect(report.loads.map((load) => load.hung)).toEqual(report.loads.map(() => 0));
    });

    it('should reject only with coded RedisErrors', () => {
      expect(report.loads.flatMap((load) => load.untypedSamples)).toEqual([]);
    });

    it('should settle every write within the command timeout plus slack', () => {
      expect(Math.max(...report.loads.map((load) => load.worstSettleMs))).toBeLessThanOrEqual(settleBoundMs);
    });

    it('should acknowledge writes after the fault is healed', () => {
      expect(report.loads.every((load) => load.acked > settings.writers)).toBe(true);
    });

    // Declared only where they apply, so that no test is skipped without a reason.
    if (scenario.durable)
      it('should lose no durable write', () => {
        expect(loadOf(report, 'durable').lost).toBe(0);
      });

    if (scenario.name === 'standalone-restart')
      it('should lose no write the server fsynced', () => {
        expect(loadOf(report, 'plain').lost).toBe(0);
      });

    if (scenario.durable && scenario.name === 'replica-lag-kill')
      it('should refuse to call a write durable while the replica lags', () => {
        expect(loadOf(report, 'durable').rejectedByCode['NOT_DURABLE'] ?? 0).toBeGreaterThan(0);
      });
  });
});
