import { createServer } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { DedicatedConnectionPool } from '@org/redis-core';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { nodeConnection } from './IoredisNodeConnection.js';

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe(nodeConnection, () => {
  describe('having the same ioredis connection twice', () => {
    it('should give the same object (core keys maps by it)', () => {
      const redis = new Redis({ lazyConnect: true });
      expect(nodeConnection(redis)).toBe(nodeConnection(redis));
    });
  });

  describe('having a connection to 10.0.0.7:7001', () => {
    it('should name it by host:port', () => {
      const redis = new Redis({ host: '10.0.0.7', port: 7001, lazyConnect: true });
      expect([nodeConnection(redis).address, nodeConnection(redis).ready]).toEqual(['10.0.0.7:7001', false]);
    });
  });

  describe('having a node that refuses the connection, in the dedicated pool', () => {
    it('should reject with the reason and leave no connection reconnecting in the background', async () => {
      const port = await closedPort();
      const pool = new DedicatedConnectionPool();
      let created: Redis | undefined;
      const outcome = await pool
        .acquire(
          `127.0.0.1:${port}`,
          () => {
            created = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0 });
            return nodeConnection(created);
          },
          'blpop',
        )
        .catch((error: unknown) => (error as NodeJS.ErrnoException).code);
      let attempts = 0;
      created?.on('connecting', () => (attempts += 1));
      // ioredis' default retry strategy would try again after 50 ms, then 100 ms…
      await setTimeout(400);
      created?.disconnect();
      expect([outcome, attempts]).toEqual(['ECONNREFUSED', 0]);
    });
  });
});
