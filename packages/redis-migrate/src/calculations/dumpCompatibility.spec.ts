import { describe, expect, it } from 'vitest';
import { dumpCompatibility } from './dumpCompatibility.js';

describe(dumpCompatibility, () => {
  describe('having a target older than the source', () => {
    it('should say incompatible and name the version to upgrade to', () => {
      const decision = dumpCompatibility('7.2.4', '7.0.15');
      expect([decision.compatible, decision.reason]).toStrictEqual([
        false,
        expect.stringContaining('upgrade the target to 7.2 or later'),
      ]);
    });
  });

  describe('having a target of an older major version', () => {
    it('should say incompatible', () => {
      expect(dumpCompatibility('7.0.0', '6.2.14').compatible).toBe(false);
    });
  });

  describe('having a target of the same minor release but an older patch release', () => {
    it('should say compatible (patch releases keep the RDB format)', () => {
      expect(dumpCompatibility('7.0.15', '7.0.2').compatible).toBe(true);
    });
  });

  describe('having a newer target', () => {
    it('should say compatible', () => {
      expect(dumpCompatibility('6.2.14', '7.4.0').compatible).toBe(true);
    });
  });
});
