import { describe, expect, it } from 'vitest';
import { resultRow, scenarioInfo } from '../testing/fixtures.js';
import { renderTable } from './renderTable.js';

const rows = [
  resultRow('sequential', 'standalone', 'ours', 14_118, {
    label: 'ours (defaults)',
    ratio: 1.001,
    p50Us: 65.5,
    p99Us: 169,
  }),
  resultRow('sequential', 'standalone', 'ioredis', 14_109, { label: 'ioredis, same options', ratio: 1 }),
  resultRow('mget', 'cluster', 'ours', 1_846, {
    label: 'ours (defaults)',
    scenario: scenarioInfo('mget', { title: 'MGET 100 keys', items: { perOp: 100, unit: 'keys' } }),
  }),
  resultRow('mget', 'cluster', 'nodeRedis', Number.NaN, { label: 'node-redis', error: 'CROSSSLOT' }),
];

describe(renderTable, () => {
  const lines = renderTable(rows).split('\n');

  describe('having four rows', () => {
    it('should render a header, a rule and one line per row, all of one width', () => {
      expect({ count: lines.length, widths: new Set(lines.map((line) => line.length)).size }).toStrictEqual({
        count: 6,
        widths: 1,
      });
    });
  });

  describe('having two rows of one scenario and mode', () => {
    it('should name mode and scenario on the first only', () => {
      expect(lines[3]?.startsWith('|            |')).toBe(true);
    });
  });

  describe('having an MGET row', () => {
    it('should convert ops/s to keys/s', () => {
      expect(lines[4]).toContain('184,600 keys/s');
    });
  });

  describe('having a failed row', () => {
    it('should say failed and why', () => {
      expect(lines[5]).toMatch(/\| +failed \| +CROSSSLOT \|/);
    });
  });

  describe('having a numeric column', () => {
    it('should right-align it in markdown', () => {
      expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+:\|/);
    });
  });
});
