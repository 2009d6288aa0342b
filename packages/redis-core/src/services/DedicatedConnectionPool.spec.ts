import { createServer } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { DedicatedConnectionPool } from './DedicatedConnectionPool.js';

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe(DedicatedConnectionPool, () => {
  describe('.acquire', () => {
    describe('having a node that refuses the connection', () => {
      it('should reject and leave no connection reconnecting in the background', async () => {
        const port = await closedPort();
        const pool = new DedicatedConnectionPool();
        let created: Redis | undefined;
        const acquired = pool.acquire(`127.0.0.1:${port}`, () => {
          created = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0 });
          return created;
        });
        const outcome = await acquired.then(
          () => 'resolved',
          () => 'rejected',
        );
        let attempts = 0;
        created?.on('connecting', () => (attempts += 1));
        // ioredis' default retry strategy would try again after 50 ms, then 100 ms…
        await setTimeout(400);
        created?.disconnect();
        expect([outcome, attempts]).toEqual(['rejected', 0]);
      });
    });

    describe('having 12 connections to one node released, then 12 acquired again', () => {
      it('should reuse every one of them (no new connection once warm)', async () => {
        const pool = new DedicatedConnectionPool();
        let created = 0;
        const create = (): Redis => {
          created += 1;
          // Only what the pool touches: a connection that is ready at once.
          const fake = {
            status: 'ready',
            on: () => fake,
            off: () => fake,
            once: () => fake,
            connect: () => Promise.resolve(),
            disconnect: () => undefined,
          };
          return fake as unknown as Redis;
        };
        const acquireAll = () =>
          Promise.all(Array.from({ length: 12 }, () => pool.acquire('node:1', create)));
        for (const connection of await acquireAll()) pool.release(connection);
        await acquireAll();
        expect(created).toBe(12);
      });
    });
  });
});
