import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modes, openFleet, sharedConfig, uniqueName, type CacheFleet } from './cacheSetup.js';

const ROUNDS = 40;

/** Polls `read` until it answers `expected`; @returns the milliseconds it took. */
async function timeUntil(read: () => Promise<unknown>, expected: unknown, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await read()) === expected) return performance.now() - started;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Number.POSITIVE_INFINITY;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

describe.each(modes)('[%s] RedisCache invalidation between instances', (mode) => {
  let fleet: CacheFleet;

  beforeAll(async () => {
    fleet = await openFleet(sharedConfig(mode), 2, { name: uniqueName('bus'), ttlMs: 600_000 });
  });

  afterAll(async () => {
    await fleet.close();
  });

  describe('having B hold the value in L1', () => {
    it("should drop B's L1 entry when A sets the key, within 250 ms (figures printed)", async () => {
      const [a, b] = fleet.caches;
      if (a === undefined || b === undefined) throw new Error('two instances expected');
      const latencies: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        await a.set('k', round);
        await b.get('k');
        await b.get('k');
        await a.set('k', round + 0.5);
        latencies.push(await timeUntil(() => b.get('k'), round + 0.5, 1_000));
      }
      const sorted = [...latencies].sort((x, y) => x - y);
      console.log(
        `[${mode}] invalidation seen by B after A's set resolved, ${ROUNDS} rounds: p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${percentile(sorted, 1).toFixed(2)} ms`,
      );
      expect(percentile(sorted, 1)).toBeLessThan(250);
    }, 60_000);

    it("should drop B's L1 entry when A deletes the key", async () => {
      const [a, b] = fleet.caches;
      if (a === undefined || b === undefined) throw new Error('two instances expected');
      await a.set('gone', 'v');
      await b.get('gone');
      await a.delete('gone');
      expect(await timeUntil(() => b.get('gone'), undefined, 1_000)).toBeLessThan(250);
    });

    it("should drop B's tagged entries when A deletes by tag, and B's namespace when A clears it", async () => {
      const [a, b] = fleet.caches;
      if (a === undefined || b === undefined) throw new Error('two instances expected');
      await a.namespace('n').set('tagged', 1, { tags: ['t'] });
      await a.namespace('m').set('kept', 2);
      await b.namespace('n').get('tagged');
      await b.namespace('m').get('kept');
      await a.namespace('n').deleteByTag('t');
      const tagged = await timeUntil(() => b.namespace('n').get('tagged'), undefined, 1_000);
      await a.namespace('n').set('cleared', 3);
      await b.namespace('n').get('cleared');
      await a.namespace('n').clear();
      const cleared = await timeUntil(() => b.namespace('n').get('cleared'), undefined, 1_000);
      expect({
        tagged: tagged < 250,
        cleared: cleared < 250,
        kept: await b.namespace('m').get('kept'),
      }).toEqual({
        tagged: true,
        cleared: true,
        kept: 2,
      });
    });
  });
});
