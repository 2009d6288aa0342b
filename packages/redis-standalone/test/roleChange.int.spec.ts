import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedService } from './connectedService.js';

/** What a call did: its code (or `resolved`), its details, and how long it took. */
interface Outcome {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly elapsedMs: number;
}

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  const started = performance.now();
  try {
    await call;
    return { code: 'resolved', details: undefined, elapsedMs: performance.now() - started };
  } catch (error) {
    const code = RedisError.is(error) ? error.code : `untyped ${String(error)}`;
    const details = RedisError.is(error) ? (error.details as Outcome['details']) : undefined;
    return { code, details, elapsedMs: performance.now() - started };
  }
}

/**
 * The server turns replica while a command is blocked on it (what a failover does to the old master):
 * Redis releases blocked clients with `UNBLOCKED … instance state changed`. Demoted by hand with
 * REPLICAOF towards a closed loopback port, and promoted back after each case.
 */
describe(RedisStandaloneService, () => {
  let server: RedisStandaloneTopology;
  let service: RedisStandaloneService;
  let admin: Redis;

  /**
   * Wait (at most 5 s) until the server counts a blocked client (BLPOP and WAIT both block): a
   * fixed delay let a loaded machine demote the server before the call's write reached it.
   */
  async function untilBlocked(): Promise<void> {
    for (let waited = 0; waited < 5_000; waited += 20) {
      if (/blocked_clients:[1-9]/.test(String(await admin.call('INFO', 'clients')))) return;
      await sleep(20);
    }
    throw new Error('the call never blocked on the server within 5 s');
  }

  /** Run `call`, demote the server once it blocks there, and promote it back once `call` settled. */
  async function demotedDuring(call: () => Promise<unknown>): Promise<Outcome> {
    const settled = outcomeOf(call());
    await untilBlocked();
    await admin.call('REPLICAOF', '127.0.0.1', '1');
    const outcome = await settled;
    await admin.call('REPLICAOF', 'NO', 'ONE');
    return outcome;
  }

  beforeAll(async () => {
    server = await startStandalone({ replicas: 1 });
    service = await connectedService(server, { commandTimeoutMs: 2_000 });
    admin = new Redis({ host: server.host, port: server.port, lazyConnect: true, maxRetriesPerRequest: 0 });
    await admin.connect();
  }, 60_000);
  afterAll(async () => {
    admin.disconnect();
    await service.quit();
    await server.stop();
  });

  describe('.blpop', () => {
    describe('having the server turn replica while it waits', () => {
      let outcome: Outcome;

      beforeAll(async () => {
        outcome = await demotedDuring(() => service.blpop(['role-change:list'], 5));
      }, 30_000);

      it('should reject READ_ONLY, retryable, long before its timeout', () => {
        expect([outcome.code, outcome.details?.['retryable'], outcome.elapsedMs < 3_000]).toEqual([
          'READ_ONLY',
          true,
          true,
        ]);
      });
    });
  });

  describe('.writeDurably', () => {
    describe('having the server turn replica while WAIT waits for its paused replica', () => {
      let outcome: Outcome;

      beforeAll(async () => {
        const replica = server.replicas[0]?.id ?? '';
        await server.pauseNode(replica);
        try {
          outcome = await demotedDuring(() =>
            service.writeDurably((queue) => queue.set('role-change:value', 'v'), {
              replicas: 1,
              timeoutMs: 5_000,
            }),
          );
        } finally {
          await server.resumeNode(replica);
        }
      }, 30_000);

      it('should reject NOT_DURABLE with no replica acknowledged, long before its timeout', () => {
        expect([outcome.code, outcome.details?.['acknowledged'], outcome.elapsedMs < 3_000]).toEqual([
          'NOT_DURABLE',
          0,
          true,
        ]);
      });
    });
  });
});
