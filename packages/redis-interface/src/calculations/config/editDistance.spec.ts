import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance.js';

describe(editDistance, () => {
  describe.each<[string, string, number]>([
    ['', '', 0],
    ['PORT', 'PORT', 0],
    ['PROT', 'PORT', 2],
    ['CLUSTER_NODE', 'CLUSTER_NODES', 1],
    ['TIMEOUT_MS', 'CONNECT_TIMEOUT_MS', 8],
    ['', 'DB', 2],
  ])('having %o and %o', (a, b, distance) => {
    it(`should be ${distance}`, () => {
      expect(editDistance(a, b)).toBe(distance);
    });
  });
});
