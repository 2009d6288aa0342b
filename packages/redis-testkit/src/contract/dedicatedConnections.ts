import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, RedisPoolEvent } from '@org/redis-interface';
import { RedisError, redisDiagnosticsChannels } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { clientsNamed } from './clientsNamed.js';
import { describeFailure, errorCodeOf } from './errorCodeOf.js';
import { sleep } from './sleep.js';

const maxDedicatedConnections = 10;
const commandTimeoutMs = 1_000;
const callers = 200;
const blockSeconds = 0.2;
// The command's own deadline plus room for a loaded 2-core machine.
const settleWithinMs = commandTimeoutMs + blockSeconds * 1_000 + 1_500;

/** What one `blpop` of the burst came to: `null`, `popped`, `exhausted` (the pool's error) or another failure. */
function outcomeOf(result: unknown): string {
  if (result === null) return 'null';
  if (Array.isArray(result)) return 'popped';
  if (RedisError.is(result, 'COMMAND_TIMEOUT') && result.message.includes('maxDedicatedConnections'))
    return 'exhausted';
  return describeFailure(result);
}

/**
 * `maxDedicatedConnections`: blocking commands past the maximum wait for a connection, never open
 * more per node, and settle within their deadline; transactions and durable writes get one once
 * a blocked command releases its own.
 *
 * @param context - the group's context.
 */
export function describeDedicatedConnectionsContract(context: ContractContext): void {
  const connectionName = `pool-limit-${randomUUID().slice(0, 8)}`;
  let service: IRedisService;
  let open = 0;
  let mostOpen = 0;
  const onPool = (raw: unknown): void => {
    const event = raw as RedisPoolEvent;
    if (event.client !== connectionName) return;
    open += event.event === 'open' ? 1 : -1;
    mostOpen = Math.max(mostOpen, open);
  };

  beforeAll(async () => {
    subscribe(redisDiagnosticsChannels.pool, onPool);
    service = await context.createService({ maxDedicatedConnections, commandTimeoutMs, connectionName });
  });

  afterAll(() => {
    unsubscribe(redisDiagnosticsChannels.pool, onPool);
  });

  describe('.blpop', () => {
    describe(`having ${callers} concurrent calls and a maximum of ${maxDedicatedConnections} per node`, () => {
      const outcomes: string[] = [];
      const settledMs: number[] = [];
      let baseline: number;
      let mostPerNode = 0;

      beforeAll(async () => {
        const nodes = context.config();
        // The shared connection(s) of the service carry the name too: count them once before.
        baseline = Math.max(...(await clientsNamed(nodes, connectionName)));
        const burst = { running: true };
        const sampler = (async () => {
          for (let round = 0; burst.running && round < 200; round += 1) {
            mostPerNode = Math.max(mostPerNode, ...(await clientsNamed(nodes, connectionName)));
            await sleep(25);
          }
        })();
        mostOpen = open;
        await Promise.all(
          Array.from({ length: callers }, async (_, index) => {
            const started = performance.now();
            const result: unknown = await service
              .blpop(context.key(`burst-${index}`), blockSeconds)
              .catch((error: unknown) => error);
            settledMs.push(performance.now() - started);
            outcomes.push(outcomeOf(result));
          }),
        );
        burst.running = false;
        await sampler;
      });

      it('should open at most the maximum per node (CLIENT LIST)', () => {
        expect(mostPerNode - baseline).toBeLessThanOrEqual(maxDedicatedConnections);
      });

      it('should open at most the maximum per node (pool events)', () => {
        const nodes = context.mode === 'cluster' ? 3 : 1;
        expect(mostOpen).toBeLessThanOrEqual(maxDedicatedConnections * nodes);
      });

      it('should settle every call within its deadline', () => {
        expect(Math.max(...settledMs)).toBeLessThan(settleWithinMs);
      });

      it('should end each call with its result or COMMAND_TIMEOUT naming maxDedicatedConnections', () => {
        expect([...new Set(outcomes)].sort()).toEqual(['exhausted', 'null']);
      });
    });

    describe('having the maximum of one node busy, then released', () => {
      const tag = context.hashTag('pool-full');

      /** The order in which the held blpops and `run` (started once all are blocked) settle. */
      async function orderBehindFullPool(run: () => Promise<unknown>): Promise<string[]> {
        const order: string[] = [];
        const held = Array.from({ length: maxDedicatedConnections }, (_, index) =>
          service.blpop(`${tag}:held-${index}`, 0.3).then(() => order.push('blpop')),
        );
        await sleep(100);
        const outcome = await errorCodeOf(run);
        order.push(`run ${outcome}`);
        await Promise.all(held);
        return [order[0] ?? 'nothing', order.find((step) => step !== 'blpop') ?? 'run never settled'];
      }

      it('should run a transaction on that node after a blpop releases its connection', async () => {
        const run = () =>
          service.transaction([`${tag}:tx`], (tx) => {
            tx.set(`${tag}:tx`, 'done');
          });
        expect(await orderBehindFullPool(run)).toEqual(['blpop', 'run resolved']);
      });

      it('should run a durable write on that node after a blpop releases its connection', async () => {
        const run = () =>
          service.writeDurably((q) => q.set(`${tag}:durable`, 'done'), { replicas: 0, timeoutMs: 100 });
        expect(await orderBehindFullPool(run)).toEqual(['blpop', 'run resolved']);
      });
    });
  });
}
