import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

/**
 * The list members queued: every non-blocking one on a pipeline, LMOVE and LMPOP in a transaction,
 * with the results the service members resolve (LMPOP's key without the prefix).
 *
 * @param context - the group's context.
 */
export function describeListQueuesContract(context: ContractContext): void {
  describe('.pipeline', () => {
    describe('having every queueable list member queued', () => {
      it('should resolve what the service members resolve', async () => {
        const key = context.key('list-pipeline');
        const results = await context
          .service()
          .pipeline()
          .rpush(key, ['a', 'b', 'c'])
          .lpushx(key, 'z')
          .rpushx(key, 'd')
          .linsert(key, 'AFTER', 'a', 'a2')
          .lpos(key, 'a2')
          .lpos(key, 'a', { count: 0 })
          .llen(key)
          .lindex(key, 0)
          .lset(key, 0, 'y')
          .lrem(key, 1, 'y')
          .ltrim(key, 0, 3)
          .lrange(key, 0, -1)
          .lpop(key)
          .rpop(key, 2)
          .exec();
        expect(results.map((result) => (result.ok ? result.value : result.error.code))).toEqual([
          3,
          4,
          5,
          6,
          2,
          [1],
          6,
          'z',
          'OK',
          1,
          'OK',
          ['a', 'a2', 'b', 'c'],
          'a',
          ['c', 'b'],
        ]);
      });
    });
  });

  describe('.transaction', () => {
    describe('having lmove and lmpop queued on one hash tag', () => {
      it('should apply both atomically', async () => {
        const tag = context.hashTag('list-tx');
        await context.service().rpush(`${tag}:src`, ['a', 'b']);
        const { results } = await context.service().transaction([`${tag}:src`], (tx) => {
          tx.lmove(`${tag}:src`, `${tag}:dst`, 'LEFT', 'RIGHT').lmpop([`${tag}:dst`], 'LEFT');
        });
        expect(results.map((result) => (result.ok ? result.value : result.error.code))).toEqual([
          'a',
          { key: `${tag}:dst`, elements: ['a'] },
        ]);
      });
    });
  });
}
