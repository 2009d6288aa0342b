import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, TransactionResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { outcomesOf } from './PipelineOutcome.js';

/**
 * Optimistic transactions on keys with one hash tag: WATCH, reads on the watching connection, EXEC, retry.
 *
 * @param context - the group's context.
 */
export function describeTransactionsContract(context: ContractContext): void {
  let other: IRedisService;

  beforeAll(async () => {
    other = await context.createService();
  });

  const account = async (): Promise<readonly [string, string]> => {
    const tag = context.hashTag('acct');
    const [a, b] = [`${tag}:a`, `${tag}:b`];
    await context.service().mset({ [a]: 100, [b]: 0 });
    return [a, b];
  };

  const transfer = (a: string, b: string, amount: number) =>
    context.service().transaction([a, b], async (tx) => {
      const balance = Number(await tx.read.get(a));
      tx.set(a, balance - amount).incrby(b, amount);
      return balance;
    });

  describe('.transaction', () => {
    describe('having no concurrent write', () => {
      let keys: readonly [string, string];
      let result: TransactionResult<number>;

      beforeAll(async () => {
        keys = await account();
        result = await transfer(keys[0], keys[1], 30);
      });

      it('should apply the queued writes', async () => {
        expect(await context.service().mget(keys)).toEqual(['70', '30']);
      });

      it("should resolve fn's value, one result per queued command, and one attempt", () => {
        expect({ ...result, results: outcomesOf(result.results) }).toEqual({
          value: 100,
          results: [
            { ok: true, value: 'OK' },
            { ok: true, value: 30 },
          ],
          attempts: 1,
        });
      });
    });

    describe('having another client write a watched key during the first attempt', () => {
      let keys: readonly [string, string];
      let result: TransactionResult<number>;

      beforeAll(async () => {
        keys = await account();
        const [a, b] = keys;
        result = await context.service().transaction([a, b], async (tx) => {
          const balance = Number(await tx.read.get(a));
          if (tx.attempt === 1) await other.set(a, 500);
          tx.set(a, balance - 10).incrby(b, 10);
          return balance;
        });
      });

      it('should abort the first EXEC and run fn again', () => {
        expect([result.attempts, result.value]).toEqual([2, 500]);
      });

      it('should apply only the writes of the attempt that read the new value', async () => {
        expect(await context.service().mget(keys)).toEqual(['490', '10']);
      });
    });

    describe('having a conflicting write on every attempt', () => {
      let keys: readonly [string, string];
      let code: string;

      beforeAll(async () => {
        keys = await account();
        const [a, b] = keys;
        const attempt = context.service().transaction(
          [a],
          async (tx) => {
            await tx.read.get(a);
            await other.incr(a);
            tx.set(b, 'written');
          },
          { maxAttempts: 2 },
        );
        code = await errorCodeOf(attempt);
      });

      it('should reject with TRANSACTION_ABORTED', () => {
        expect(code).toBe('TRANSACTION_ABORTED');
      });

      it('should write nothing it queued', async () => {
        expect(await context.service().get(keys[1])).toBe('0');
      });
    });
  });
}
