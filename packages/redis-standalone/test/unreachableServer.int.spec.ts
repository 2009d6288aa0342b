import { RedisError } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedService } from './connectedService.js';

const TIMEOUT_MS = 500;
// Settling "within the command timeout" with margin for a loaded 2-core machine.
const SETTLE_BOUND_MS = TIMEOUT_MS + 2_000;

/** Per command of a 20-command pipeline: its error code, or `ok`; with how long exec took. */
async function execCodes(service: RedisStandaloneService): Promise<[unknown, boolean]> {
  const pipeline = service.pipeline();
  for (let index = 0; index < 10; index += 1)
    pipeline.set(`unreachable:${index}`, 'v').get(`unreachable:${index}`);
  const started = performance.now();
  const outcome = await pipeline.exec().then(
    (results) => new Set(results.map((result) => (result.ok ? 'ok' : result.error.code))),
    (error: unknown) => (RedisError.is(error) ? `exec rejected with ${error.code}` : error),
  );
  return [outcome, performance.now() - started < SETTLE_BOUND_MS];
}

describe(RedisStandaloneService, () => {
  let server: RedisStandaloneTopology;
  let service: RedisStandaloneService;

  beforeAll(async () => {
    server = await startStandalone();
    service = await connectedService(server, { commandTimeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await service.disconnect();
    await server.stop();
  });

  describe('.pipeline', () => {
    describe('having the server paused', () => {
      beforeAll(async () => {
        await server.pauseNode(server.nodes[0]!.id);
      });
      afterAll(async () => {
        await server.resumeNode(server.nodes[0]!.id);
      });

      it('should resolve exec with COMMAND_TIMEOUT for every command within the timeout', async () => {
        expect(await execCodes(service)).toStrictEqual([new Set(['COMMAND_TIMEOUT']), true]);
      });
    });

    describe('having the server killed', () => {
      beforeAll(async () => {
        await server.killNode(server.nodes[0]!.id);
      });

      it('should resolve exec with one coded error for every command within the timeout', async () => {
        const [codes, settledInTime] = await execCodes(service);
        expect([
          codes instanceof Set && [...codes].every((code) => code !== 'ok' && typeof code === 'string'),
          settledInTime,
        ]).toStrictEqual([true, true]);
      });
    });
  });
});
