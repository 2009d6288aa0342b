import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type IRedisService } from '@org/redis-interface';
import type { RedisTopology } from '../models/RedisTopology.js';
import { startCluster, startStandalone } from '../services/startTopology.js';
import type { ContractContext } from './ContractContext.js';
import { describeFailure } from './errorCodeOf.js';
import { skipUnlessMode } from './skipUnlessMode.js';
import { sleep } from './sleep.js';

// Busy for well over busy-reply-threshold, short enough for a test; TIME keeps it from being optimised away.
const busyLua = `
  local start = redis.call('TIME')
  repeat local now = redis.call('TIME')
  until (now[1] - start[1]) * 1000000 + (now[2] - start[2]) > 1200000
  return 1`;

/** What a rejected action carried: its code and `details`, or how it settled otherwise. */
async function refusalOf(action: Promise<unknown>): Promise<readonly [string, unknown]> {
  try {
    await action;
    return ['resolved', undefined];
  } catch (error) {
    return [describeFailure(error), RedisError.is(error) ? error.details : undefined];
  }
}

/**
 * Server refusals with codes of their own (READ_ONLY, OUT_OF_MEMORY, BUSY_SCRIPT), provoked on topologies
 * of their own (never on the shared servers): a server at `maxmemory 1mb` with `busy-reply-threshold 100`,
 * and in standalone mode a replica. NOSCRIPT and BUSYGROUP never reach a caller (scripts load themselves,
 * `xgroupCreate` resolves `false`); LOADING cannot be provoked cheaply: those are unit-tested in core.
 *
 * @param context - the group's context.
 */
export function describeServerRefusalsContract(context: ContractContext): void {
  let topology: RedisTopology | undefined;
  const services: IRedisService[] = [];
  const connected = async (config: ReturnType<ContractContext['config']>): Promise<IRedisService> => {
    const service = context.buildService(config);
    services.push(service);
    await service.connect();
    return service;
  };

  beforeAll(async () => {
    const extraArgs = [
      '--maxmemory',
      '1mb',
      '--maxmemory-policy',
      'noeviction',
      '--busy-reply-threshold',
      '100',
    ];
    // A long cluster-node-timeout: a node busy with a script must not be failed over meanwhile.
    topology =
      context.mode === 'standalone'
        ? await startStandalone({ extraArgs })
        : await startCluster({ extraArgs, nodeTimeoutMs: 15_000 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.quit().catch(() => undefined)));
    await topology?.stop();
  }, 60_000);

  describe('.set', () => {
    describe('having a server at maxmemory with noeviction', () => {
      it('should reject with OUT_OF_MEMORY, not retryable', async () => {
        const service = await connected(context.configFor(topology as RedisTopology));
        // The query buffer alone takes the server over 1 MB, whatever it held before.
        const [code, details] = await refusalOf(service.set(context.key('oom'), 'x'.repeat(2_000_000)));
        expect([code, (details as { retryable?: unknown } | undefined)?.retryable]).toStrictEqual([
          'OUT_OF_MEMORY',
          false,
        ]);
      });
    });
  });

  describe('.get', () => {
    describe('having a script running past busy-reply-threshold', () => {
      it('should reject with BUSY_SCRIPT, retryable', async () => {
        const key = context.key('busy');
        const runner = await connected(context.configFor(topology as RedisTopology));
        const other = await connected(context.configFor(topology as RedisTopology));
        await other.get(key);
        const script = runner.defineScript({ name: context.key('busy-script'), lua: busyLua, keys: 1 });
        const running = script.run([key], []);
        await sleep(400);
        const [code, details] = await refusalOf(other.get(key));
        await running;
        expect([code, (details as { retryable?: unknown } | undefined)?.retryable]).toStrictEqual([
          'BUSY_SCRIPT',
          true,
        ]);
      });
    });
  });

  describe('.set', () => {
    describe('having a service connected to a standalone replica', () => {
      let replicaTopology: RedisTopology | undefined;
      const standaloneOnly = skipUnlessMode(
        context,
        'standalone',
        'a cluster replica answers writes with MOVED, READONLY appears only mid-failover',
      );

      beforeAll(async () => {
        if (!standaloneOnly) replicaTopology = await startStandalone({ replicas: 1 });
      }, 60_000);

      afterAll(async () => {
        await replicaTopology?.stop();
      }, 60_000);

      it.skipIf(standaloneOnly)('should reject with READ_ONLY, retryable', async () => {
        const replica = (replicaTopology as Extract<RedisTopology, { kind: 'standalone' }>).replicas[0];
        const service = await connected(context.configAt([replica as { host: string; port: number }]));
        const [code, details] = await refusalOf(service.set(context.key('readonly'), 'v'));
        expect([code, (details as { retryable?: unknown } | undefined)?.retryable]).toStrictEqual([
          'READ_ONLY',
          true,
        ]);
      });
    });
  });
}
