import { describe, expect, it } from 'vitest';
import { migratingRow } from '../testing/migratingFixtures.js';
import { compareToBaseline, expectedSides } from './compareToBaseline.js';

describe(expectedSides, () => {
  describe('having a dual-write SET', () => {
    it('should name both sides', () => {
      expect(expectedSides('dualWrite', 'SET')).toStrictEqual(['standalone', 'cluster']);
    });
  });

  describe('having a shadow GET', () => {
    it('should name the source only', () => {
      expect(expectedSides('shadow', 'GET')).toStrictEqual(['standalone']);
    });
  });

  describe('having a cutover GET', () => {
    it('should name the target only', () => {
      expect(expectedSides('cutover', 'GET')).toStrictEqual(['cluster']);
    });
  });

  describe('having a plain variant', () => {
    it('should name nothing', () => {
      expect(expectedSides('cluster', 'SET')).toStrictEqual([]);
    });
  });
});

describe(compareToBaseline, () => {
  const rows = [
    migratingRow('setSequential', 'standalone', 100),
    migratingRow('setSequential', 'cluster', 150),
    migratingRow('setSequential', 'dualWrite', 275),
    migratingRow('getSequential', 'standalone', 50),
    migratingRow('getSequential', 'cluster', 80),
    migratingRow('getSequential', 'cutover', 88),
  ];

  describe('having a dual-write SET of 275 µs, source 100 µs, target 150 µs', () => {
    it('should add 175 µs at p50 and 350 µs at p99, at 1.1x source + target', () => {
      const [entry] = compareToBaseline(rows);
      expect(entry).toStrictEqual({
        scenario: 'setSequential',
        variant: 'dualWrite',
        addedP50Us: 175,
        addedP99Us: 350,
        opsRatio: 100 / 275,
        expectedFrom: ['standalone', 'cluster'],
        expectedP50Us: 250,
        ofExpected: 1.1,
      });
    });
  });

  describe('having a cutover GET', () => {
    it('should compare its p50 with the target alone', () => {
      expect(compareToBaseline(rows)[1]?.ofExpected).toBe(1.1);
    });
  });

  describe('having no baseline row', () => {
    it('should give NaN for what is added', () => {
      const [entry] = compareToBaseline([migratingRow('setInFlight', 'dualWrite', 300)]);
      expect(entry?.addedP50Us).toBeNaN();
    });
  });
});
