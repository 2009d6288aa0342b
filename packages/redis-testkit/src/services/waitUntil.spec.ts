import { describe, expect, it } from 'vitest';
import { waitUntil } from './waitUntil.js';

describe(waitUntil, () => {
  describe('having a check that becomes ready', () => {
    it('should resolve once the check returns true', async () => {
      let polls = 0;
      await waitUntil('the third poll', 5_000, () => {
        polls += 1;
        return Promise.resolve(polls === 3 || `poll ${polls}`);
      });
      expect(polls).toBe(3);
    });
  });

  describe('having a check that threw once and then kept saying what it waits for', () => {
    it('should quote the last poll, with no stale cause', async () => {
      let polls = 0;
      const waiting = waitUntil('the replicas', 300, () => {
        polls += 1;
        if (polls === 1) return Promise.reject(new Error('Connection is closed.'));
        return Promise.resolve('a replica link is down');
      });
      const error: unknown = await waiting.catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        code: 'CLUSTER_NOT_READY',
        message: 'Timed out after 300 ms waiting for the replicas; last poll: a replica link is down',
      });
      expect((error as Error).cause).toBeUndefined();
    });
  });

  describe('having a check whose last poll threw', () => {
    it('should name the error and keep it as the cause', async () => {
      const error = new Error('Connection is closed.');
      const waiting = waitUntil('a node', 200, () => Promise.reject(error));
      const caught: unknown = await waiting.catch((reason: unknown) => reason);
      expect((caught as Error).message).toContain('last poll: a node did not answer (Connection is closed.)');
      expect((caught as Error).cause).toBe(error);
    });
  });
});
