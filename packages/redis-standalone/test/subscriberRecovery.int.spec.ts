import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError } from '@org/redis-interface';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { RedisStandaloneService } from '@org/redis-standalone';
import { connectedService } from './connectedService.js';

// The subscriber connection is opened on the first subscribe. When that happens while the server is
// down, the failure must not be kept: once the server is back, the next subscribe must work.
describe(RedisStandaloneService, () => {
  describe('.subscribe', () => {
    describe('having the first subscribe while the server is down', () => {
      let server: RedisStandaloneTopology;
      let service: RedisStandaloneService;
      let firstCode: string | undefined;
      let received: string[];

      beforeAll(async () => {
        server = await startStandalone();
        service = await connectedService(server, { commandTimeoutMs: 500, connectTimeoutMs: 500 });
        const id = server.nodes[0]?.id ?? '';
        await server.killNode(id);
        firstCode = await service
          .subscribe('recovery', () => undefined)
          .then(
            () => undefined,
            (error: unknown) => (RedisError.is(error) ? error.code : String(error)),
          );
        await server.restartNode(id);
        received = [];
        // The shared connection reconnects within the back-off; give it a moment.
        await sleep(300);
        await service.subscribe('recovery', (message) => void received.push(message));
        for (let attempt = 0; attempt < 50 && received.length === 0; attempt += 1) {
          await service.publish('recovery', 'back');
          await sleep(20);
        }
      }, 30_000);

      afterAll(async () => {
        await service.disconnect();
        await server.stop();
      });

      it('should reject the first subscribe with a coded error', () => {
        expect(['CONNECTION_FAILED', 'COMMAND_TIMEOUT']).toContain(firstCode);
      });

      it('should subscribe once the server is back', () => {
        expect(received[0]).toBe('back');
      });
    });
  });
});
