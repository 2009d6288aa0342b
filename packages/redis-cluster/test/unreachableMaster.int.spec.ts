import { keySlot } from '@org/redis-core';
import {
  RedisError,
  validateRedisConfig,
  type PipelineResult,
  type RedisClusterConfig,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TIMEOUT_MS = 1_000;
// Settling "within the command timeout" with margin for a loaded 2-core machine.
const SETTLE_BOUND_MS = TIMEOUT_MS + 2_000;
const keys = Array.from({ length: 300 }, (_, index) => `unreachable:${index}`);

/** `[result, elapsed ms]` of `work`, or its rejection in place of the result. */
async function timed(work: () => Promise<unknown>): Promise<[unknown, number]> {
  const started = performance.now();
  const outcome = await work().catch((error: unknown) => error);
  return [outcome, performance.now() - started];
}

describe(RedisClusterService, () => {
  let cluster: RedisClusterTopology;
  let service: RedisClusterService;
  /** The same cluster read with scaleReads `slave`: every command routed by the cluster client. */
  let routed: RedisClusterService;
  let victim: string;
  /** Whether each key is served by the victim master. */
  let onVictim: boolean[];

  beforeAll(async () => {
    // No replicas (no failover) and no full-coverage rule, so the healthy masters keep serving
    // their slots as long as the test needs (as they do with replicas until the failover).
    cluster = await startCluster({
      masters: 3,
      replicasPerMaster: 0,
      extraArgs: ['--cluster-require-full-coverage', 'no'],
    });
    const config = validateRedisConfig({
      mode: 'cluster',
      nodes: cluster.startupNodes,
      commandTimeoutMs: TIMEOUT_MS,
    });
    service = new RedisClusterService(config as RedisClusterConfig);
    routed = new RedisClusterService({ ...(config as RedisClusterConfig), scaleReads: 'slave' });
    await Promise.all([service.connect(), routed.connect()]);
    await service.mset(Object.fromEntries(keys.map((key) => [key, key])));
    const slots = service.nativeClient().slots;
    victim = (await cluster.masters())[1]!.id;
    onVictim = keys.map((key) => slots[keySlot(key, '')]?.[0] === victim);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([service.disconnect(), routed.disconnect()]);
    await cluster.stop();
  });

  /** Per key: its GET's value, or what `label` makes of its error code; with whether exec settled in time. */
  async function execGets(label: (code: string) => string, through = service): Promise<[unknown, boolean]> {
    const pipeline = through.pipeline();
    for (const key of keys) pipeline.get(key);
    const [results, elapsed] = await timed(() => pipeline.exec());
    const outcome = Array.isArray(results)
      ? (results as PipelineResult[]).map((result) => (result.ok ? result.value : label(result.error.code)))
      : results;
    return [outcome, elapsed < SETTLE_BOUND_MS];
  }
  const expectedGets = (failed: string): [unknown, boolean] => [
    keys.map((key, index) => (onVictim[index] === true ? failed : key)),
    true,
  ];

  describe('having one of three masters paused', () => {
    beforeAll(async () => {
      await cluster.pauseNode(victim);
    });
    afterAll(async () => {
      await cluster.resumeNode(victim);
    });

    describe('.pipeline', () => {
      it("should resolve exec with the healthy masters' values and COMMAND_TIMEOUT for the paused one's", async () => {
        expect(await execGets((code) => code)).toStrictEqual(expectedGets('COMMAND_TIMEOUT'));
      });

      describe('having scaleReads slave (each command routed by the cluster client)', () => {
        it("should still resolve exec with the healthy masters' values", async () => {
          expect(await execGets((code) => code, routed)).toStrictEqual(expectedGets('COMMAND_TIMEOUT'));
        });
      });
    });

    describe('.mget', () => {
      it("should reject with COMMAND_TIMEOUT naming exactly the paused master's keys and node", async () => {
        const [error, elapsed] = await timed(() => service.mget(keys));
        const split = RedisError.is(error, 'COMMAND_TIMEOUT') ? error.details?.split : undefined;
        expect([
          RedisError.is(error) ? error.code : error,
          split?.failedKeys,
          split?.failedNodes,
          elapsed < SETTLE_BOUND_MS,
        ]).toStrictEqual([
          'COMMAND_TIMEOUT',
          keys.filter((_, index) => onVictim[index] === true),
          [victim],
          true,
        ]);
      });
    });

    describe('.exists', () => {
      it('should reject with the count of the masters that answered as answeredCount', async () => {
        const [error] = await timed(() => service.exists(keys));
        const split = RedisError.is(error, 'COMMAND_TIMEOUT') ? error.details?.split : undefined;
        expect(split?.answeredCount).toBe(onVictim.filter((on) => !on).length);
      });
    });
  });

  describe('having one of three masters killed', () => {
    beforeAll(async () => {
      await cluster.killNode(victim);
    });

    describe('.pipeline', () => {
      it("should resolve exec with the live masters' values and a coded error for the dead one's", async () => {
        // Which code depends on timing: refused socket, CLUSTERDOWN, or the deadline.
        const unreachable = (code: string): string =>
          ['COMMAND_TIMEOUT', 'CONNECTION_FAILED', 'CLUSTER_DOWN'].includes(code) ? 'unreachable' : code;
        expect(await execGets(unreachable)).toStrictEqual(expectedGets('unreachable'));
      });
    });

    describe('.del', () => {
      it('should reject with a coded error whose details.split names the dead master', async () => {
        const [error, elapsed] = await timed(() => service.del(keys));
        const details = RedisError.is(error) ? (error.details as { split?: { failedNodes?: unknown } }) : {};
        expect([details.split?.failedNodes, elapsed < SETTLE_BOUND_MS]).toStrictEqual([[victim], true]);
      });
    });
  });
});
