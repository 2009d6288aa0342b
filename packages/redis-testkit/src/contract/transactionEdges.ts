import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { outcomesOf } from './PipelineOutcome.js';

/**
 * Transactions: a throwing function, no watched keys, and the reads of `tx.read`.
 *
 * @param context - the group's context.
 */
export function describeTransactionEdgesContract(context: ContractContext): void {
  describe('.transaction', () => {
    describe('having fn throw after queueing a write', () => {
      const failure = new Error('insufficient funds');
      let key: string;
      let rejection: unknown;

      beforeAll(async () => {
        key = `${context.hashTag('tx-throw')}:a`;
        await context
          .service()
          .transaction([key], (tx) => {
            tx.set(key, 'written');
            throw failure;
          })
          .catch((error: unknown) => {
            rejection = error;
          });
      });

      it('should reject with the error fn threw', () => {
        expect(rejection).toBe(failure);
      });

      it('should write nothing', async () => {
        expect(await context.service().exists(key)).toBe(0);
      });
    });

    describe('having no watched keys', () => {
      it('should run a plain MULTI/EXEC, once', async () => {
        const key = context.key('tx-plain');
        const result = await context.service().transaction([], (tx) => {
          tx.incr(key).incr(key);
        });
        expect({ attempts: result.attempts, results: outcomesOf(result.results) }).toEqual({
          attempts: 1,
          results: [
            { ok: true, value: 1 },
            { ok: true, value: 2 },
          ],
        });
      });
    });

    describe('having nothing queued', () => {
      it('should resolve no results', async () => {
        const key = `${context.hashTag('tx-empty')}:a`;
        const result = await context.service().transaction([key], (tx) => tx.read.get(key));
        expect([result.value, result.results]).toEqual([null, []]);
      });
    });

    describe('having values of several types under one hash tag', () => {
      it('should read them on the watching connection with tx.read', async () => {
        const tag = context.hashTag('tx-read');
        const [hash, set, zset, list, json] = [
          `${tag}:h`,
          `${tag}:s`,
          `${tag}:z`,
          `${tag}:l`,
          `${tag}:j`,
        ] as const;
        await context.service().hset(hash, { f: 'v' });
        await context.service().sadd(set, 'm');
        await context.service().zadd(zset, { member: 'm', score: 1.5 });
        await context.service().rpush(list, ['a', 'b']);
        await context.service().setJson(json, { n: 1 });
        const { value } = await context
          .service()
          .transaction([hash, set, zset, list, json], async (tx) => [
            await tx.read.hget(hash, 'f'),
            await tx.read.hgetall(hash),
            await tx.read.smembers(set),
            await tx.read.zscore(zset, 'm'),
            await tx.read.lrange(list, 0, -1),
            await tx.read.getJson(json),
            await tx.read.exists(`${tag}:missing`),
          ]);
        expect(value).toEqual(['v', { f: 'v' }, ['m'], 1.5, ['a', 'b'], { n: 1 }, 0]);
      });
    });
  });
}
