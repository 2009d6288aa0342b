import { beforeAll, describe, expect, it } from 'vitest';
import type { RedisHealth } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { skipUnlessMode } from './skipUnlessMode.js';

/**
 * Liveness on a connected service: mode, PING, health, connect twice, the native client.
 *
 * @param context - the group's context.
 */
export function describeConnectionContract(context: ContractContext): void {
  describe('.mode', () => {
    it('should be the configured mode', () => {
      expect(context.service().mode).toBe(context.mode);
    });
  });

  describe('.connect', () => {
    describe('having connected already', () => {
      it('should resolve and leave the service usable', async () => {
        await context.service().connect();
        expect(await context.service().ping()).toBe('PONG');
      });
    });
  });

  describe('.ping', () => {
    it("should resolve 'PONG'", async () => {
      expect(await context.service().ping()).toBe('PONG');
    });
  });

  describe('.health', () => {
    describe('having every node up', () => {
      let health: RedisHealth;

      beforeAll(async () => {
        health = await context.service().health();
      });

      it("should report 'up' in the configured mode", () => {
        expect([health.status, health.mode]).toEqual(['up', context.mode]);
      });

      it('should report at least one node', () => {
        expect(health.nodes.length).toBeGreaterThan(0);
      });

      it('should report every node up', () => {
        expect(health.nodes.filter((node) => node.status !== 'up')).toEqual([]);
      });

      it('should name each node by host:port only', () => {
        expect(
          health.nodes.map((node) => node.address).filter((address) => !/^[^@\s/]+:\d+$/.test(address)),
        ).toEqual([]);
      });

      it('should report when it checked, as ISO 8601', () => {
        expect(new Date(health.checkedAt).toISOString()).toBe(health.checkedAt);
      });

      it('should report cluster state only in cluster mode', () => {
        expect(health.cluster === undefined).toBe(context.mode === 'standalone');
      });

      it('should report the node roles of the mode', () => {
        const roles = context.mode === 'standalone' ? ['standalone'] : ['master', 'replica'];
        expect(new Set(health.nodes.map((node) => node.role))).toEqual(new Set(roles));
      });

      it.skipIf(skipUnlessMode(context, 'cluster', 'slot coverage only exists in a cluster'))(
        'should report every slot assigned and served',
        () => {
          expect(health.cluster).toMatchObject({ state: 'ok', slotsAssigned: 16_384, slotsOk: 16_384 });
        },
      );
    });
  });

  describe('.nativeClient', () => {
    it('should return the underlying client', () => {
      expect(context.service().nativeClient()).toEqual(expect.any(Object));
    });
  });
}
