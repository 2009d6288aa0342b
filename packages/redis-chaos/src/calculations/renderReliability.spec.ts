import { describe, expect, it } from 'vitest';
import { chaosForms } from '../models/ChaosSettings.js';
import type { LoadReport } from '../models/LoadReport.js';
import type { ScenarioReport } from '../models/ScenarioReport.js';
import { renderReliability } from './renderReliability.js';
import { renderTable } from './renderTable.js';

function load(writes: LoadReport['writes'], lost: number): LoadReport {
  return {
    writes,
    issued: 100,
    acked: 90,
    rejectedByCode: { COMMAND_TIMEOUT: 6, NOT_DURABLE: 4 },
    firstMessageByCode: { COMMAND_TIMEOUT: 'SET got no reply', NOT_DURABLE: 'not durable' },
    untyped: 0,
    untypedSamples: [],
    hung: 0,
    worstSettleMs: 1010,
    recoveryMs: 2300,
    lost,
    ackedPerSecond: 45,
  };
}

const scenarios: ScenarioReport[] = [
  {
    name: 'replica-lag-kill',
    title: 'Lag, then kill.',
    milestones: [{ label: 'master killed', atMs: 3000 }],
    loads: [load('plain', 12), load('durable', 0)],
    elapsedMs: 9000,
  },
];

describe(renderTable, () => {
  it('should write one row per load with the rejections by code', () => {
    expect(renderTable(scenarios).split('\n')[2]).toBe(
      '| replica-lag-kill | plain | 100 | 90 | 45 | COMMAND_TIMEOUT 6, NOT_DURABLE 4 | 0 | 0 | 1010 | 2300 | 12 |',
    );
  });
});

describe(renderReliability, () => {
  const document = renderReliability({
    scenarios,
    settings: chaosForms.full,
    machine: '2 cores',
    date: '2026-12-02',
  });

  it('should state the plain-write loss of the lagging-replica scenario', () => {
    expect(document).toContain('12 of 90 acknowledged writes lost (replica lagging');
  });

  it('should state the durable-write loss of the same scenario', () => {
    expect(document).toContain('Same scenario: 0 of 90 acknowledged writes lost.');
  });

  it('should quote a message seen in several loads once, naming the loads', () => {
    expect(document).toContain(
      '- `COMMAND_TIMEOUT`: SET got no reply (replica-lag-kill plain, replica-lag-kill durable)',
    );
  });

  it('should include the table', () => {
    expect(document).toContain(renderTable(scenarios));
  });
});
