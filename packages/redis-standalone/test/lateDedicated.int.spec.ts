import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { RedisError } from '@org/redis-interface';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { RedisStandaloneService } from '@org/redis-standalone';
import { connectedService } from './connectedService.js';

// A blocking pop whose dedicated connection opens only after the caller was told COMMAND_TIMEOUT
// (the server was paused while it connected) must not be sent then: it would pop an element that no
// caller receives.
describe(RedisStandaloneService, () => {
  describe('.blpop', () => {
    describe('having timed out while its dedicated connection was still opening', () => {
      let server: RedisStandaloneTopology;
      let service: RedisStandaloneService;
      let admin: Redis;
      let code: string | undefined;
      let left: number;

      beforeAll(async () => {
        server = await startStandalone();
        service = await connectedService(server, { commandTimeoutMs: 300, connectTimeoutMs: 5_000 });
        const id = server.nodes[0]?.id ?? '';
        await server.pauseNode(id);
        code = await service.blpop('late:list', 2).then(
          () => undefined,
          (error: unknown) => (RedisError.is(error) ? error.code : String(error)),
        );
        await server.resumeNode(id);
        // The connection finishes opening now; a late BLPOP would be sent and block for 2 s.
        await sleep(200);
        admin = new Redis({ host: server.host, port: server.port, lazyConnect: true });
        await admin.connect();
        await admin.rpush('late:list', 'x');
        await sleep(300);
        left = await admin.llen('late:list');
      }, 30_000);

      afterAll(async () => {
        admin.disconnect();
        await service.disconnect();
        await server.stop();
      });

      it('should reject with COMMAND_TIMEOUT', () => {
        expect(code).toBe('COMMAND_TIMEOUT');
      });

      it('should not pop an element after its caller gave up', () => {
        expect(left).toBe(1);
      });
    });
  });
});
