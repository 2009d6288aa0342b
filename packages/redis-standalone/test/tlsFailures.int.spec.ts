import { validateRedisConfig, type RedisStandaloneConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { redisTestServers, startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function connectError(input: Record<string, unknown>): Promise<unknown> {
  const service = new RedisStandaloneService(
    validateRedisConfig({ mode: 'standalone', connectTimeoutMs: 1_000, ...input }) as RedisStandaloneConfig,
  );
  try {
    await service.connect();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await service.disconnect();
  }
}

describe(RedisStandaloneService, () => {
  describe('.connect', () => {
    let server: RedisStandaloneTopology;

    beforeAll(async () => {
      server = await startStandalone({ tls: true });
    });
    afterAll(async () => {
      await server.stop();
    });
    const address = (): Record<string, unknown> => ({ host: server.host, port: server.port });

    describe.each<[string, () => Record<string, unknown>, string]>([
      ['a TLS server whose CA is not given', () => ({ ...address(), tls: true }), 'tls.ca'],
      [
        'a server name the certificate does not list',
        () => ({ ...address(), tls: { ca: server.tls!.ca, servername: 'wrong.example' } }),
        'tls.servername',
      ],
      ['TLS off against a TLS-only server', () => address(), 'REDIS_TLS=true'],
      [
        'TLS on against a plain server',
        () => ({ ...plainAddress(), tls: { ca: server.tls!.ca } }),
        'has TLS enabled',
      ],
    ])('having %s', (_name, input, hint) => {
      it(`should fail with CONNECTION_FAILED naming TLS and ${hint}`, async () => {
        const error = await connectError(input());
        expect(error).toMatchObject({
          code: 'CONNECTION_FAILED',
          message: expect.stringMatching(new RegExp(`TLS.*${hint.replace(/[.|]/g, '\\$&')}`)) as unknown,
        });
      });
    });
  });
});

function plainAddress(): Record<string, unknown> {
  const { host, port } = redisTestServers().standalone;
  return { host, port };
}
