import { describe, expect, it } from 'vitest';
import { estimateDuration } from './estimateDuration.js';

describe(estimateDuration, () => {
  describe('having read 2000 keys in 500 ms', () => {
    it('should extrapolate 4000 keys/s to the total', () => {
      expect(estimateDuration(2000, 500, 1_000_000)).toStrictEqual({
        keysPerSecond: 4000,
        seconds: 250,
        sampledKeys: 2000,
      });
    });
  });

  describe('having sampled nothing from a non-empty source', () => {
    it('should leave the duration unknown', () => {
      expect(estimateDuration(0, 10, 5).seconds).toBeUndefined();
    });
  });
});
