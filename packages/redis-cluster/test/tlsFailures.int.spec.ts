import {
  validateRedisConfig,
  type RedisClusterConfig,
  type RedisClusterConfigInput,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { redisTestServers, startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const connectTimeoutMs = 1_000;
// Sent by none of these clients (each fails before AUTH), but it must not show up if it were.
const password = 'tls-failure-secret';

type Input = Pick<RedisClusterConfigInput, 'nodes' | 'tls'>;

async function connectFailure(input: Input): Promise<{ error: unknown; ms: number }> {
  const service = new RedisClusterService(
    validateRedisConfig({ mode: 'cluster', connectTimeoutMs, password, ...input }) as RedisClusterConfig,
  );
  const started = Date.now();
  try {
    await service.connect();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  } finally {
    await service.disconnect();
  }
}

describe(RedisClusterService, () => {
  describe('.connect', () => {
    let cluster: RedisClusterTopology;

    beforeAll(async () => {
      cluster = await startCluster({ tls: true, replicasPerMaster: 0 });
    }, 60_000);
    afterAll(async () => {
      await cluster.stop();
    });
    const nodes = (): Input => ({ nodes: cluster.startupNodes });

    describe.each<[string, () => Input, string]>([
      ['a TLS cluster whose CA is not given', () => ({ ...nodes(), tls: true }), 'tls.ca'],
      [
        'a server name the certificate does not list',
        () => ({ ...nodes(), tls: { ca: cluster.tls!.ca, servername: 'wrong.example' } }),
        'tls.servername',
      ],
      ['TLS off against a TLS-only cluster', () => nodes(), 'REDIS_TLS=true'],
      [
        'TLS on against a plain cluster',
        () => ({ nodes: redisTestServers().cluster.startupNodes, tls: { ca: cluster.tls!.ca } }),
        'has TLS enabled',
      ],
    ])('having %s', (_name, input, hint) => {
      let failure: { error: unknown; ms: number };

      beforeAll(async () => {
        failure = await connectFailure(input());
      });

      it(`should fail with CONNECTION_FAILED naming TLS and ${hint}`, () => {
        expect(failure.error).toMatchObject({
          code: 'CONNECTION_FAILED',
          message: expect.stringMatching(new RegExp(`TLS.*${hint.replace(/[.|]/g, '\\$&')}`)) as unknown,
        });
      });

      // Every seed is asked at once: one after the other, six seeds that never answer the handshake
      // took six connect timeouts. The margin is for a loaded machine.
      it('should fail within the connect timeout', () => {
        expect(failure.ms).toBeLessThan(connectTimeoutMs + 500);
      });

      it('should not show the password', () => {
        expect(inspect(failure.error, { depth: 8 })).not.toContain(password);
      });
    });
  });
});
