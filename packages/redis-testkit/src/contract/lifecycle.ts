import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { redisTestServers } from '../vitest/redisTestServers.js';
import type { ContractContext } from './ContractContext.js';
import { closedPort } from './closedPort.js';
import { describeDisconnectPendingContract } from './disconnectPending.js';
import { errorCodeOf } from './errorCodeOf.js';

/**
 * Connecting and closing: commands outside a connection fail with NOT_CONNECTED, and connect() fails
 * with a typed error when nothing listens or the server is of the other mode.
 *
 * @param context - the group's context.
 */
export function describeLifecycleContract(context: ContractContext): void {
  describe('.connect', () => {
    it('should reject with CONNECTION_FAILED when nothing listens', async () => {
      const config = context.configAt([{ host: '127.0.0.1', port: await closedPort() }], {
        connectTimeoutMs: 1_000,
      });
      const service = context.buildService(config);
      try {
        expect(await errorCodeOf(service.connect())).toBe('CONNECTION_FAILED');
      } finally {
        await service.disconnect().catch(() => undefined);
      }
    });

    it('should reject with MODE_MISMATCH against a server of the other mode', async () => {
      const servers = redisTestServers();
      const other = context.mode === 'standalone' ? servers.cluster.startupNodes : [servers.standalone];
      const service = context.buildService(context.configAt(other));
      try {
        expect(await errorCodeOf(service.connect())).toBe('MODE_MISMATCH');
      } finally {
        await service.disconnect().catch(() => undefined);
      }
    });
  });

  describe('.get', () => {
    it('should reject with NOT_CONNECTED before connect()', async () => {
      const service = context.buildService(context.config());
      expect(await errorCodeOf(() => service.get(context.key('early')))).toBe('NOT_CONNECTED');
    });
  });

  describe('.quit', () => {
    describe('having quit', () => {
      let service: IRedisService;

      beforeAll(async () => {
        service = context.buildService(context.config());
        await service.connect();
        await service.quit();
      });

      it('should make later commands reject with NOT_CONNECTED', async () => {
        expect(await errorCodeOf(() => service.get(context.key('after-quit')))).toBe('NOT_CONNECTED');
      });

      it('should make later pipelines reject with NOT_CONNECTED', async () => {
        expect(await errorCodeOf(() => service.pipeline().get(context.key('after-quit')).exec())).toBe(
          'NOT_CONNECTED',
        );
      });
    });

    describe('having commands in flight', () => {
      it('should wait for their replies', async () => {
        const service = context.buildService(context.config());
        await service.connect();
        const key = context.key('in-flight');
        const written = service.set(key, 'v');
        await service.quit();
        expect(await written).toBe('OK');
      });
    });
  });

  describe('.disconnect', () => {
    describe('having disconnected', () => {
      let service: IRedisService;

      beforeAll(async () => {
        service = context.buildService(context.config());
        await service.connect();
        await service.disconnect();
      });

      it('should make later commands reject with NOT_CONNECTED', async () => {
        expect(await errorCodeOf(() => service.get(context.key('after-disconnect')))).toBe('NOT_CONNECTED');
      });
    });

    describeDisconnectPendingContract(context);
  });
}
