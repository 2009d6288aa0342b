import { describe, expect, it } from 'vitest';
import { otherDatabases } from './otherDatabases.js';

const databases = [
  { db: 0, keys: 10, expires: 0 },
  { db: 3, keys: 5, expires: 0 },
  { db: 4, keys: 0, expires: 0 },
];

describe(otherDatabases, () => {
  describe('having a cluster target', () => {
    it('should suggest a prefix per database, leaving out the selected and the empty ones', () => {
      expect(otherDatabases(databases, 0, 'cluster')).toStrictEqual([
        { db: 3, keys: 5, suggestion: '--db 3 --target-prefix db3:' },
      ]);
    });
  });

  describe('having a standalone target', () => {
    it('should suggest the same database number on the target', () => {
      expect(otherDatabases(databases, 3, 'standalone')).toStrictEqual([
        { db: 0, keys: 10, suggestion: '--db 0 --target redis://<target>/0 (or --target-prefix db0:)' },
      ]);
    });
  });
});
