import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type DurableWriteResult, type IRedisService } from '@org/redis-interface';
import type { RedisStandaloneTopology } from '../models/RedisTopology.js';
import { startStandalone } from '../services/startTopology.js';
import { redisTestServers } from '../vitest/redisTestServers.js';
import type { AdminConnection } from '../services/adminClient.js';
import type { ContractContext } from './ContractContext.js';
import { describeFailure, errorCodeOf } from './errorCodeOf.js';
import { outcomesOf } from './PipelineOutcome.js';
import { readOnReplicas } from './replicaReads.js';
import { sleep } from './sleep.js';

const getCount = 50;

/**
 * `writeDurably`: writes acknowledged by replicas (WAIT) on a dedicated connection. The cluster run uses
 * the shared cluster (one replica per master); the standalone run starts a server with one replica, and
 * uses the shared standalone server (no replica) for what must fail.
 *
 * @param context - the group's context.
 */
export function describeDurableWritesContract(context: ContractContext): void {
  /** The shared servers have this many replicas per master: asking for more can never succeed. */
  const missing = context.mode === 'cluster' ? 2 : 1;
  let replicated: IRedisService;
  let topology: RedisStandaloneTopology | undefined;
  let replicaNodes: readonly AdminConnection[];

  beforeAll(async () => {
    if (context.mode === 'cluster') {
      replicated = context.service();
      replicaNodes = redisTestServers().cluster.startupNodes;
      return;
    }
    topology = await startStandalone({ replicas: 1 });
    replicated = context.buildService(context.configFor(topology));
    await replicated.connect();
    replicaNodes = topology.replicas;
  }, 60_000);

  afterAll(async () => {
    if (topology === undefined) return;
    await replicated.quit();
    await topology.stop();
  }, 60_000);

  const failure = (action: Promise<unknown>): Promise<unknown> =>
    action.then(
      () => new Error('resolved'),
      (error: unknown) => error,
    );

  describe('.writeDurably', () => {
    describe('having a replica per master and replicas: 1', () => {
      let key: string;
      let result: DurableWriteResult;

      beforeAll(async () => {
        const tag = context.hashTag('durable');
        key = `${tag}:value`;
        result = await replicated.writeDurably((q) => q.set(key, 'durable').incr(`${tag}:count`), {
          replicas: 1,
          timeoutMs: 1_000,
        });
      });

      it('should resolve with at least one replica and one result per write', () => {
        expect({ replicas: result.replicas >= 1, results: outcomesOf(result.results) }).toEqual({
          replicas: true,
          results: [
            { ok: true, value: 'OK' },
            { ok: true, value: 1 },
          ],
        });
      });

      it('should have the value on the replica (read with READONLY)', async () => {
        const values = await readOnReplicas(
          replicaNodes,
          `${context.keyPrefix}${key}`,
          context.mode === 'cluster',
        );
        expect(values).toEqual(['durable']);
      });
    });

    describe('having a getBuffer queued after the write', () => {
      it('should resolve its value as a Buffer, the others decoded as usual', async () => {
        const key = context.key('durable-buffer');
        const bytes = Buffer.from([0xff, 0x00, 0xfe]);
        const { results } = await replicated.writeDurably((q) => q.set(key, bytes).getBuffer(key).get(key), {
          replicas: 1,
          timeoutMs: 1_000,
        });
        expect(outcomesOf(results)).toEqual([
          { ok: true, value: 'OK' },
          { ok: true, value: bytes },
          { ok: true, value: bytes.toString() },
        ]);
      });
    });

    describe('having more replicas asked for than exist', () => {
      let key: string;
      let error: unknown;

      beforeAll(async () => {
        key = context.key('durable-missing');
        error = await failure(
          context.service().writeDurably((q) => q.set(key, 'applied'), { replicas: missing, timeoutMs: 200 }),
        );
      });

      it('should reject NOT_DURABLE with the counts and the results', () => {
        const details = RedisError.is(error, 'NOT_DURABLE') ? error.details : undefined;
        expect({
          code: describeFailure(error),
          ...details,
          results: outcomesOf(details?.results ?? []),
        }).toEqual({
          code: 'NOT_DURABLE',
          requested: missing,
          acknowledged: missing - 1,
          results: [{ ok: true, value: 'OK' }],
        });
      });

      it('should say that the writes were applied on the master and may be lost', () => {
        expect((error as Error).message).toMatch(/WERE applied on the master but may be lost in a failover/);
      });

      it('should have applied the write', async () => {
        expect(await context.service().get(key)).toBe('applied');
      });
    });

    describe(`having it wait 1.5 s for a missing replica while ${getCount} gets go to the same master`, () => {
      const finished: string[] = [];
      let waitedMs = 0;

      beforeAll(async () => {
        // commandTimeoutMs below the wait: the deadline must be commandTimeoutMs + timeoutMs.
        const service = await context.createService({ commandTimeoutMs: 1_000 });
        const tag = context.hashTag('durable-busy');
        await service.set(`${tag}:read`, 'value');
        const started = Date.now();
        const durable = errorCodeOf(
          service.writeDurably((q) => q.set(`${tag}:write`, 'x'), { replicas: missing, timeoutMs: 1_500 }),
        ).then((outcome) => {
          waitedMs = Date.now() - started;
          finished.push(outcome);
        });
        // Let the WAIT reach the server and block before the gets are sent: on a shared connection they
        // would queue behind it.
        await sleep(200);
        const gets = Array.from({ length: getCount }, () =>
          errorCodeOf(service.get(`${tag}:read`)).then((outcome) => finished.push(outcome)),
        );
        await Promise.all([durable, ...gets]);
      }, 10_000);

      it('should complete every get before the durable write', () => {
        expect(finished).toEqual([...Array.from({ length: getCount }, () => 'resolved'), 'NOT_DURABLE']);
      });

      it('should have let WAIT wait its whole timeoutMs', () => {
        expect(waitedMs).toBeGreaterThanOrEqual(1_400);
      });
    });
  });
}
