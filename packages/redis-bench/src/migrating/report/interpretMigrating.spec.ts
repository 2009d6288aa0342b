import { describe, expect, it } from 'vitest';
import { migratingRow } from '../testing/migratingFixtures.js';
import { interpretMigrating } from './interpretMigrating.js';

const rows = [
  migratingRow('setSequential', 'standalone', 100),
  migratingRow('setSequential', 'cluster', 120),
  migratingRow('setSequential', 'dualWrite', 230),
  migratingRow('setSequential', 'shadow', 231),
  migratingRow('setSequential', 'cutover', 232),
  migratingRow('getSequential', 'standalone', 40),
  migratingRow('getSequential', 'cluster', 70),
  migratingRow('getSequential', 'dualWrite', 41),
  migratingRow('getSequential', 'shadow', 42),
  migratingRow('getSequential', 'cutover', 71, { spread: { low: -0.3, high: 0.6 } }),
];

describe(interpretMigrating, () => {
  const [writes, reads, inFlight, noise] = interpretMigrating(rows);

  describe('having a dual-write SET 10 µs above source + target', () => {
    it('should leave those 10 µs to the layer', () => {
      expect(writes).toContain(
        'add up to 220 µs: the write waits for both sides in turn, and what is left for the layer itself is +10 µs',
      );
    });
  });

  describe('having reads near the read side alone', () => {
    it('should compare dual-write with the source and cutover with the target', () => {
      expect(reads).toContain('dual-write (41 µs, +1 µs)');
    });
  });

  describe('having no in-flight rows', () => {
    it('should show dashes, not NaN', () => {
      expect(inFlight).not.toContain('NaN');
    });
  });

  describe('having spreads of -30 % and +60 % at most', () => {
    it('should name both', () => {
      expect(noise).toContain('up to 30 % below its median and its fastest up to 60 % above');
    });
  });
});
