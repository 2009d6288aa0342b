import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RedisError } from '@org/redis-interface';
import type { NodeConnection } from '../models/NodeConnection.js';
import { DedicatedConnectionPool } from './DedicatedConnectionPool.js';

/** A connection with only what the pool touches; `ready` and `disconnected` are set by the test. */
interface FakeConnection extends NodeConnection {
  ready: boolean;
  disconnected: boolean;
}

/** Connections that are ready at once (or fail to connect with `failure`); `created` lists them in order. */
function fakeConnections(failure?: Error): { create: () => FakeConnection; created: FakeConnection[] } {
  const created: FakeConnection[] = [];
  const unused = (): Promise<never> => Promise.reject(new Error('not used by the pool'));
  const create = (): FakeConnection => {
    const fake: FakeConnection = {
      address: 'node:1',
      ready: false,
      disconnected: false,
      call: unused,
      callBuffer: unused,
      sendRaw: unused,
      pipeline: unused,
      transaction: unused,
      connect: () => {
        if (failure !== undefined) return Promise.reject(failure);
        fake.ready = true;
        return Promise.resolve();
      },
      onEnd: () => undefined,
      disconnect: () => {
        fake.ready = false;
        fake.disconnected = true;
      },
    };
    created.push(fake);
    return fake;
  };
  return { create, created };
}

/** Whether `promise` has settled yet (it is observed, so a later rejection is not unhandled). */
function settledFlag(promise: Promise<unknown>): { settled: boolean } {
  const flag = { settled: false };
  promise.then(
    () => (flag.settled = true),
    () => (flag.settled = true),
  );
  return flag;
}

describe(DedicatedConnectionPool, () => {
  describe('.acquire', () => {
    describe('having a node that refuses the connection', () => {
      it('should reject with the reason and disconnect the half-made connection', async () => {
        const pool = new DedicatedConnectionPool();
        const { create, created } = fakeConnections(new Error('ECONNREFUSED'));
        const outcome = await pool.acquire('node:1', create, 'blpop').catch((error: unknown) => error);
        expect([(outcome as Error).message, created[0]?.disconnected]).toEqual(['ECONNREFUSED', true]);
      });
    });

    describe('having 12 connections to one node released, then 12 acquired again', () => {
      it('should reuse every one of them (no new connection once warm)', async () => {
        const pool = new DedicatedConnectionPool();
        const { create, created } = fakeConnections();
        const acquireAll = () =>
          Promise.all(Array.from({ length: 12 }, () => pool.acquire('node:1', create, 'blpop')));
        for (const connection of await acquireAll()) pool.release(connection);
        await acquireAll();
        expect(created).toHaveLength(12);
      });
    });

    describe('having the maximum of 2 busy on one node and a third caller', () => {
      it('should open no third connection and keep the caller waiting', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 2, waitMs: 10_000 });
        const { create, created } = fakeConnections();
        await Promise.all([pool.acquire('node:1', create, 'blpop'), pool.acquire('node:1', create, 'blpop')]);
        const third = settledFlag(pool.acquire('node:1', create, 'blpop'));
        await setTimeout(20);
        pool.closeAll();
        expect([created.length, third.settled]).toEqual([2, false]);
      });
    });

    describe('having the maximum busy on one node and none on another', () => {
      it('should open a connection to the other node at once', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 1, waitMs: 10_000 });
        const { create, created } = fakeConnections();
        await pool.acquire('node:1', create, 'blpop');
        const other = pool.acquire('node:2', create, 'blpop');
        expect(await other).toBe(created[1]);
      });
    });

    describe('having two callers waiting, then two connections released', () => {
      it('should hand them over first come, first served', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 2, waitMs: 10_000 });
        const { create } = fakeConnections();
        const [a, b] = await Promise.all([
          pool.acquire('node:1', create, 'blpop'),
          pool.acquire('node:1', create, 'blpop'),
        ]);
        const first = pool.acquire('node:1', create, 'blpop');
        const second = pool.acquire('node:1', create, 'blpop');
        pool.release(b);
        pool.release(a);
        expect(await Promise.all([first, second])).toEqual([b, a]);
      });
    });

    describe('having a caller waiting and a broken connection released', () => {
      it('should give the caller a new connection in its place', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 1, waitMs: 10_000 });
        const { create, created } = fakeConnections();
        const broken = await pool.acquire('node:1', create, 'blpop');
        const waiting = pool.acquire('node:1', create, 'blpop');
        (broken as FakeConnection).ready = false;
        pool.release(broken);
        expect([await waiting, created.length]).toEqual([created[1], 2]);
      });
    });

    describe('having a caller whose wait passed', () => {
      it('should reject it with COMMAND_TIMEOUT naming maxDedicatedConnections', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 1, waitMs: 20 });
        const { create } = fakeConnections();
        await pool.acquire('node:1', create, 'blpop');
        const error = await pool.acquire('node:1', create, 'blpop').catch((caught: unknown) => caught);
        expect([RedisError.is(error, 'COMMAND_TIMEOUT'), (error as Error).message]).toEqual([
          true,
          'BLPOP got no dedicated connection to node:1 within 20 ms: the dedicated-connection pool is exhausted (all 1 busy); raise maxDedicatedConnections (REDIS_MAX_DEDICATED_CONNECTIONS) or run fewer blocking commands, transactions and durable writes at once.',
        ]);
      });

      it('should take it out of the queue (the next release goes idle, not to it)', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 1, waitMs: 20 });
        const { create, created } = fakeConnections();
        const busy = await pool.acquire('node:1', create, 'blpop');
        await pool.acquire('node:1', create, 'blpop').catch(() => undefined);
        pool.release(busy);
        const next = await pool.acquire('node:1', create, 'blpop');
        expect([next, created.length]).toEqual([busy, 1]);
      });
    });
  });

  describe('.closeAll', () => {
    describe('having a caller waiting', () => {
      it('should reject it with NOT_CONNECTED', async () => {
        const pool = new DedicatedConnectionPool(undefined, { maxPerNode: 1, waitMs: 10_000 });
        const { create } = fakeConnections();
        await pool.acquire('node:1', create, 'blpop');
        const waiting = pool.acquire('node:1', create, 'blpop').catch((caught: unknown) => caught);
        pool.closeAll();
        expect(RedisError.is(await waiting, 'NOT_CONNECTED')).toBe(true);
      });
    });
  });
});
