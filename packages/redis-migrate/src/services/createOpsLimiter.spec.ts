import { describe, expect, it } from 'vitest';
import { createOpsLimiter } from './createOpsLimiter.js';

describe(createOpsLimiter, () => {
  describe('having 100 ops per second', () => {
    it('should space 30 commands over about 300 ms', async () => {
      const limiter = createOpsLimiter(100);
      const started = performance.now();
      for (let batch = 0; batch < 3; batch += 1) await limiter.take(10);
      await limiter.take(1);
      // 30 commands booked 300 ms; the 31st waits for that; timers may fire late, never early.
      expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    });
  });

  describe('having no limit', () => {
    it('should not wait', async () => {
      const limiter = createOpsLimiter(undefined);
      const started = performance.now();
      await limiter.take(1_000_000);
      expect(performance.now() - started).toBeLessThan(50);
    });
  });
});
