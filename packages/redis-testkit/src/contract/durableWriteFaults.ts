import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type IRedisService } from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { startCluster, startStandalone } from '../services/startTopology.js';
import type { ContractContext } from './ContractContext.js';
import { describeFailure } from './errorCodeOf.js';
import { shardOf } from './replicaReads.js';
import { skipUnlessMode } from './skipUnlessMode.js';

/** What a durable write on `key` did: its code, the replicas it counted, and how long it took. */
interface Outcome {
  readonly code: string;
  readonly acknowledged: number | undefined;
  readonly elapsedMs: number;
}

async function writeDurablyOnce(
  service: IRedisService,
  key: string,
  value: string,
  timeoutMs: number,
): Promise<Outcome> {
  const started = Date.now();
  try {
    await service.writeDurably((q) => q.set(key, value), { replicas: 1, timeoutMs });
    return { code: 'resolved', acknowledged: undefined, elapsedMs: Date.now() - started };
  } catch (error) {
    const acknowledged = RedisError.is(error, 'NOT_DURABLE') ? error.details?.acknowledged : undefined;
    return { code: describeFailure(error), acknowledged, elapsedMs: Date.now() - started };
  }
}

/**
 * `writeDurably` when replicas fail, on a topology of its own (faults are never injected into the shared
 * servers): standalone with one replica, or a cluster with one replica per master.
 *
 * @param context - the group's context.
 */
export function describeDurableWriteFaultsContract(context: ContractContext): void {
  let topology: RedisTopology | undefined;
  let service: IRedisService | undefined;
  let key: string;
  /** The node id of the master serving `key`, and of its replica. */
  let shard: { readonly master: string; readonly replica: string };

  beforeAll(async () => {
    topology = context.mode === 'standalone' ? await startStandalone({ replicas: 1 }) : await startCluster();
    if (topology.backend !== 'local') return;
    service = context.buildService(context.configFor(topology));
    await service.connect();
    key = `${context.hashTag('durable-fault')}:value`;
    if (topology.kind === 'standalone') {
      shard = { master: topology.nodes[0]?.id ?? '', replica: topology.replicas[0]?.id ?? '' };
      return;
    }
    const [seed] = topology.startupNodes;
    if (seed === undefined) throw new Error('the cluster has no node');
    const found = await shardOf(seed, `${context.keyPrefix}${key}`);
    shard = { master: found.master, replica: found.replicas[0] ?? '' };
  }, 120_000);

  afterAll(async () => {
    await service?.quit();
    await topology?.stop();
  }, 60_000);

  /** Skips the test when the topology cannot inject faults (not the local backend). */
  const skipWithoutFaults = (skip: (note?: string) => void): void => {
    if (service !== undefined) return;
    const reason = `the ${topology?.backend ?? 'unknown'} backend cannot inject faults (local only)`;
    console.log(`[${context.mode}] durable write fault test skipped: ${reason}`);
    skip(reason);
  };

  describe('.writeDurably', () => {
    describe("having the key's replica paused", () => {
      let outcome: Outcome;

      beforeAll(async () => {
        if (service === undefined) return;
        const connected = service;
        await topology?.pauseNode(shard.replica);
        try {
          outcome = await writeDurablyOnce(connected, key, 'while-paused', 500);
        } finally {
          await topology?.resumeNode(shard.replica);
        }
      }, 30_000);

      it('should reject NOT_DURABLE with no replica acknowledged', ({ skip }) => {
        skipWithoutFaults(skip);
        expect([outcome.code, outcome.acknowledged]).toEqual(['NOT_DURABLE', 0]);
      });

      it('should settle within the timeout plus the command timeout', ({ skip }) => {
        skipWithoutFaults(skip);
        expect(outcome.elapsedMs).toBeLessThan(500 + context.config().commandTimeoutMs);
      });
    });

    const standaloneHasNoFailover = 'a standalone server has no failover';
    describe.skipIf(skipUnlessMode(context, 'cluster', standaloneHasNoFailover))(
      'having the master killed and its replica promoted (no replica left)',
      () => {
        let outcome: Outcome;
        let value: string | null;

        beforeAll(async () => {
          if (service === undefined) return;
          const connected = service;
          await topology?.killNode(shard.master);
          if (topology?.kind === 'cluster') await topology.waitForFailover({ timeoutMs: 30_000 });
          outcome = await writeDurablyOnce(connected, key, 'after-failover', 500);
          value = await connected.get(key);
        }, 60_000);

        it('should reject NOT_DURABLE with no replica acknowledged', ({ skip }) => {
          skipWithoutFaults(skip);
          expect([outcome.code, outcome.acknowledged]).toEqual(['NOT_DURABLE', 0]);
        });

        it('should have applied the write on the promoted master', ({ skip }) => {
          skipWithoutFaults(skip);
          expect(value).toBe('after-failover');
        });
      },
    );
  });
}
