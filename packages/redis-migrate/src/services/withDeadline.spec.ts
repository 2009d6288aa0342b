import { describe, expect, it } from 'vitest';
import { withDeadline } from './withDeadline.js';

describe(withDeadline, () => {
  describe('having a promise that settles in time', () => {
    it('should give its value', async () => {
      expect(await withDeadline(Promise.resolve(7), 50)).toStrictEqual({ settled: true, value: 7 });
    });
  });

  describe('having a promise that never settles', () => {
    it('should say so after the deadline', async () => {
      expect(await withDeadline(new Promise(() => undefined), 10)).toStrictEqual({ settled: false });
    });
  });

  describe('having a promise that rejects after the deadline', () => {
    it('should not leave an unhandled rejection', async () => {
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 20));
      const outcome = await withDeadline(late, 5);
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(outcome).toStrictEqual({ settled: false });
    });
  });
});
