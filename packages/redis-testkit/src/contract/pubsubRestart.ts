import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { startCluster, startStandalone } from '../services/startTopology.js';
import type { ContractContext } from './ContractContext.js';
import { MessageLog } from './MessageLog.js';

/**
 * Restarts every node of the topology: kill, then restart at once, one node after the other, so that a
 * cluster never fails over (each node is back within its node timeout).
 */
async function restartEveryNode(topology: RedisTopology): Promise<void> {
  for (const node of topology.nodes) {
    await topology.killNode(node.id);
    await topology.restartNode(node.id);
  }
}

/**
 * Pub/sub across a server restart, on a topology of its own (the shared servers are never restarted):
 * the driver subscribes again by itself after reconnecting.
 *
 * @param context - the group's context.
 */
export function describePubSubRestartContract(context: ContractContext): void {
  describe('.subscribe', () => {
    describe('having every server restarted after subscribing', () => {
      let topology: RedisTopology | undefined;
      let service: IRedisService | undefined;
      const log = new MessageLog();
      let channel: string;

      beforeAll(async () => {
        topology = context.mode === 'standalone' ? await startStandalone() : await startCluster();
        if (topology.backend !== 'local') return;
        service = context.buildService(context.configFor(topology));
        await service.connect();
        channel = context.key('restart');
        await service.subscribe(channel, log.onMessage);
        await restartEveryNode(topology);
      }, 180_000);

      afterAll(async () => {
        await service?.quit();
        await topology?.stop();
      }, 60_000);

      it('should deliver a message published once the servers are back', async ({ skip }) => {
        if (topology?.backend !== 'local') {
          const reason = `the ${topology?.backend ?? 'unknown'} backend cannot restart servers (fault injection is local only)`;
          console.log(`[${context.mode}] restart test skipped: ${reason}`);
          skip(reason);
        }
        const publisher = service;
        if (publisher === undefined) throw new Error('the service was not connected');
        // Reconnecting and resubscribing takes a moment, and a message published before that is lost:
        // publish again until one arrives.
        await vi.waitFor(
          async () => {
            await publisher.publish(channel, 'after-restart');
            expect(log.messages()).toContain('after-restart');
          },
          { timeout: 20_000, interval: 250 },
        );
        expect(log.received[0]).toEqual({ message: 'after-restart', channel });
      }, 60_000);
    });
  });
}
