import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { startCluster, startStandalone } from '../services/startTopology.js';
import type { ContractContext } from './ContractContext.js';

const keyCount = 200;

/**
 * A confirmed FLUSHDB, on a topology of its own (the shared servers are never flushed): every key of every
 * master is gone, whatever its prefix.
 *
 * @param context - the group's context.
 */
export function describeFlushDbContract(context: ContractContext): void {
  describe('.flushdb', () => {
    describe("having confirm: 'FLUSHDB' and keys on every master", () => {
      let topology: RedisTopology | undefined;
      let service: IRedisService | undefined;
      let other: IRedisService | undefined;

      beforeAll(async () => {
        topology = context.mode === 'standalone' ? await startStandalone() : await startCluster();
        if (topology.backend === 'external') return;
        service = context.buildService(context.configFor(topology));
        await service.connect();
        other = context.buildService(context.configFor(topology, { keyPrefix: 'other-app:' }));
        await other.connect();
        const keys = Array.from({ length: keyCount }, (_, index) => `${context.key('flush')}:${index}`);
        await service.mset(Object.fromEntries(keys.map((key) => [key, 'v'])));
        await other.set(context.key('flush-other'), 'v');
        await service.flushdb({ confirm: 'FLUSHDB' });
      }, 180_000);

      afterAll(async () => {
        await Promise.all([service?.quit(), other?.quit()]);
        await topology?.stop();
      }, 60_000);

      it('should delete every key, of every prefix', async ({ skip }) => {
        if (topology?.backend === 'external') {
          const reason = 'external servers are shared with others and are never flushed';
          console.log(`[${context.mode}] flushdb test skipped: ${reason}`);
          skip(reason);
        }
        expect(await service?.dbsize()).toBe(0);
      });
    });
  });
}
