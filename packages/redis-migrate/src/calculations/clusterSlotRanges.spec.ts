import { describe, expect, it } from 'vitest';
import { clusterSlotRanges, coveredSlots } from './clusterSlotRanges.js';

const reply = [
  [5461, 10922, ['127.0.0.1', 7001, 'b'.repeat(40), []], ['127.0.0.1', 7004, 'e'.repeat(40), []]],
  [0, 5460, ['127.0.0.1', 7000, 'a'.repeat(40), []]],
  [10923, 16383, ['127.0.0.1', 7002, 'c'.repeat(40), []]],
  ['junk'],
];

describe(clusterSlotRanges, () => {
  describe('having a CLUSTER SLOTS reply with a malformed entry', () => {
    it('should give the ranges by first slot with master and replicas, leaving the entry out', () => {
      expect(clusterSlotRanges(reply)).toStrictEqual([
        { start: 0, end: 5460, master: '127.0.0.1:7000', replicas: [] },
        { start: 5461, end: 10922, master: '127.0.0.1:7001', replicas: ['127.0.0.1:7004'] },
        { start: 10923, end: 16383, master: '127.0.0.1:7002', replicas: [] },
      ]);
    });
  });
});

describe(coveredSlots, () => {
  describe('having every slot assigned', () => {
    it('should count 16384', () => {
      expect(coveredSlots(clusterSlotRanges(reply))).toBe(16_384);
    });
  });

  describe('having one master not answering', () => {
    it('should leave its slots out', () => {
      expect(coveredSlots(clusterSlotRanges(reply), new Set(['127.0.0.1:7000', '127.0.0.1:7002']))).toBe(
        16_384 - 5462,
      );
    });
  });
});
