import { setTimeout as sleep } from 'node:timers/promises';
import { RedisStandaloneService } from '@org/redis-standalone';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPong } from './firstPong.js';
import { connectedService } from './connectedService.js';

/** The target is 300 ms after the server answers; the bound leaves margin for a loaded 2-core box. */
const boundMs = 600;

/** `performance.now()` of the first `ping()` of `service` that succeeds, trying for `limitMs`. */
async function firstSuccess(service: RedisStandaloneService, limitMs: number): Promise<number> {
  const giveUp = performance.now() + limitMs;
  for (let attempt = 0; attempt < 2_000 && performance.now() < giveUp; attempt += 1) {
    try {
      await service.ping();
      return performance.now();
    } catch {
      await sleep(5);
    }
  }
  throw new Error(`no ping succeeded within ${limitMs} ms`);
}

describe(RedisStandaloneService, () => {
  describe.each([1_500, 3_000])('having the server down for %i ms', (downtimeMs) => {
    let server: RedisStandaloneTopology;
    let service: RedisStandaloneService;
    let gapMs: number;

    beforeAll(async () => {
      server = await startStandalone();
      service = await connectedService(server, { commandTimeoutMs: 1_000 });
      const node = server.nodes[0]!.id;
      await server.killNode(node);
      // Commands fail meanwhile, so that the client goes through its reconnect attempts.
      const failing = firstSuccess(service, downtimeMs + 10_000);
      await sleep(downtimeMs);
      const restarted = server.restartNode(node);
      const answered = await firstPong(server.host, server.port, 10_000);
      gapMs = (await failing) - answered;
      await restarted;
    }, 30_000);
    afterAll(async () => {
      await service.quit();
      await server.stop();
    });

    it(`should serve commands within ${boundMs} ms of the server answering again`, () => {
      expect(gapMs).toBeLessThan(boundMs);
    });
  });
});
