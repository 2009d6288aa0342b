import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { startCluster, startStandalone } from '../services/startTopology.js';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { sleep } from './sleep.js';

const pendingGets = 100;

/**
 * `disconnect()` with commands waiting for a reply: a BLPOP on its dedicated connection and GETs sent to a
 * paused server (a topology of its own: the shared servers are never paused). Each must reject with
 * NOT_CONNECTED, as `disconnect` promises, within a bound.
 *
 * @param context - the group's context.
 */
export function describeDisconnectPendingContract(context: ContractContext): void {
  describe('having commands pending', () => {
    let topology: RedisTopology | undefined;
    let outcomes: readonly string[] | undefined;

    beforeAll(async () => {
      const started = context.mode === 'standalone' ? await startStandalone() : await startCluster();
      topology = started;
      if (started.backend !== 'local') return;
      // Long enough that nothing times out on its own before disconnect() settles it.
      const service: IRedisService = context.buildService(
        context.configFor(started, { commandTimeoutMs: 30_000 }),
      );
      await service.connect();
      const tag = context.hashTag('disconnect-pending');
      const blocked = errorCodeOf(service.blpop(`${tag}:queue`, 25));
      await sleep(100);
      // One after the other: each pause first reads the roles from a running node; in parallel a pause
      // may ask a node another has just stopped and wait out the testkit's admin timeout first.
      for (const node of started.nodes) await started.pauseNode(node.id);
      const gets = Array.from({ length: pendingGets }, (_, index) =>
        errorCodeOf(service.get(`${tag}:${index}`)),
      );
      await sleep(200);
      await service.disconnect();
      const bound = sleep(5_000).then(() => 'still pending 5 s after disconnect()');
      outcomes = await Promise.all([blocked, ...gets].map((outcome) => Promise.race([outcome, bound])));
    }, 120_000);

    afterAll(async () => {
      const started = topology;
      if (started === undefined) return;
      await Promise.all(started.nodes.map((node) => started.resumeNode(node.id)));
      await started.stop();
    }, 60_000);

    /** Skips the test when the topology cannot pause a node (not the local backend). */
    const skipWithoutFaults = (skip: (note?: string) => void): void => {
      if (outcomes === undefined) skip(`the ${topology?.backend ?? 'unknown'} backend cannot pause nodes`);
    };

    it('should reject the blocking command and every GET with NOT_CONNECTED', ({ skip }) => {
      skipWithoutFaults(skip);
      expect(new Set(outcomes)).toStrictEqual(new Set(['NOT_CONNECTED']));
    });

    it('should settle all of them', ({ skip }) => {
      skipWithoutFaults(skip);
      expect(outcomes).toHaveLength(pendingGets + 1);
    });
  });
}
