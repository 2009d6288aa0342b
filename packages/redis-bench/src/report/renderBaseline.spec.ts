import { describe, expect, it } from 'vitest';
import { resultRow, scenarioInfo } from '../testing/fixtures.js';
import { renderBaseline } from './renderBaseline.js';

const label = 'ours (baseline 2f5f413)';
const inFlight = scenarioInfo('inFlight', { title: 'SET+GET, 100 in flight' });
const mget = scenarioInfo('mget', { title: 'MGET 100 keys' });
const rows = [
  resultRow('inFlight', 'standalone', 'ours', 110_000, { scenario: inFlight, ratio: 0.98 }),
  resultRow('inFlight', 'standalone', 'oursBaseline', 100_000, { scenario: inFlight, label, ratio: 0.89 }),
  resultRow('inFlight', 'standalone', 'ioredis', 112_000, { scenario: inFlight, ratio: 1 }),
  resultRow('mget', 'cluster', 'ours', Number.NaN, { scenario: mget, error: 'CROSSSLOT' }),
  resultRow('mget', 'cluster', 'oursBaseline', 2_000, { scenario: mget, label, ratio: 0.5 }),
];

describe(renderBaseline, () => {
  describe('having no baseline rows', () => {
    it('should render nothing', () => {
      expect(renderBaseline(rows.filter((row) => row.client !== 'oursBaseline'))).toBe('');
    });
  });

  describe('having a baseline row next to ours', () => {
    const lines = renderBaseline(rows).split('\n');

    it('should name the baseline in the header', () => {
      expect(lines[0]).toMatch(/ours \(baseline 2f5f413\) ops\/s \| ours \(baseline 2f5f413\) vs ioredis/);
    });

    it("should show both ratios to ioredis and ours' change over the baseline", () => {
      expect(lines[2]).toMatch(
        /\| standalone \| SET\+GET, 100 in flight \| +110,000 \| +0\.98× \| +100,000 \| +0\.89× \| +\+10\.0% \|/,
      );
    });

    it('should render one line per baseline row, all of one width', () => {
      expect({ count: lines.length, widths: new Set(lines.map((line) => line.length)).size }).toStrictEqual({
        count: 4,
        widths: 1,
      });
    });
  });

  describe('having ours failed where the baseline ran', () => {
    it('should say failed and leave the change empty', () => {
      expect(renderBaseline(rows).split('\n')[3]).toMatch(
        /\| cluster +\| MGET 100 keys +\| +failed \| +\| +2,000 \| +0\.50× \| +\|$/,
      );
    });
  });
});
