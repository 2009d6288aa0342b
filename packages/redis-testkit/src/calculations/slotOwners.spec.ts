import { describe, expect, it } from 'vitest';
import { slotOwners } from './slotOwners.js';

const node = (port: number): unknown[] => ['127.0.0.1', port, `id${port}`];

describe(slotOwners, () => {
  describe('having three masters, one of them with two ranges', () => {
    const owners = slotOwners([
      [0, 5460, node(7000), node(7003)],
      [5461, 10922, node(7001)],
      [10923, 12000, node(7002)],
      [12001, 16383, node(7000)],
    ]);

    it('should list each master once', () => {
      expect(owners.masters).toStrictEqual([
        { host: '127.0.0.1', port: 7000 },
        { host: '127.0.0.1', port: 7001 },
        { host: '127.0.0.1', port: 7002 },
      ]);
    });

    it('should map every slot to its master', () => {
      expect([0, 5460, 5461, 10923, 12001, 16383].map((slot) => owners.ownerBySlot[slot])).toStrictEqual([
        0, 0, 1, 2, 0, 0,
      ]);
    });
  });

  describe('having a slot nobody serves', () => {
    it('should throw naming the slot', () => {
      expect(() => slotOwners([[0, 100, node(7000)]])).toThrow(/Slot 101/);
    });
  });

  describe('having something else than an array', () => {
    it('should throw a RangeError', () => {
      expect(() => slotOwners('ERR')).toThrow(RangeError);
    });
  });
});
