import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';
import { outcomesOf } from './PipelineOutcome.js';

const binary = Buffer.from([0, 255, 1]);

/**
 * Every hash member queued on a pipeline and a transaction, from the same definitions as the
 * service's: the results are what the service members resolve to.
 *
 * @param context - the group's context.
 */
export function describeHashQueuesContract(context: ContractContext): void {
  describe('.pipeline', () => {
    it('should resolve every hash command as its service member does', async () => {
      const hash = context.key('hash-pipeline');
      const results = await context
        .service()
        .pipeline()
        .hset(hash, { a: '1', bytes: binary })
        .hsetnx(hash, 'a', 'other')
        .hget(hash, 'a')
        .hgetBuffer(hash, 'bytes')
        .hmget(hash, ['a', 'nope'])
        .hgetall(hash)
        .hgetallBuffer(hash)
        .hexists(hash, 'a')
        .hincrby(hash, 'n', 3)
        .hincrbyfloat(hash, 'x', 1.5)
        .hkeys(hash)
        .hvals(hash)
        .hlen(hash)
        .hstrlen(hash, 'bytes')
        .hrandfield(hash, { count: 0 })
        .hdel(hash, ['n', 'x'])
        .exec();
      expect(outcomesOf(results)).toEqual(
        [
          2,
          false,
          '1',
          binary,
          ['1', null],
          { a: '1', bytes: binary.toString() },
          { a: Buffer.from('1'), bytes: binary },
          true,
          3,
          1.5,
          ['a', 'bytes', 'n', 'x'],
          ['1', binary.toString(), '3', '1.5'],
          4,
          3,
          [],
          2,
        ].map((value) => ({ ok: true, value })),
      );
    });

    it('should resolve hrandfield pairs as HashEntry pairs', async () => {
      const hash = context.key('hash-pipeline-random');
      await context.service().hset(hash, { only: 'v' });
      const [result] = await context
        .service()
        .pipeline()
        .hrandfield(hash, { count: -2, withValues: true })
        .exec();
      expect(result).toEqual({
        ok: true,
        value: [
          ['only', 'v'],
          ['only', 'v'],
        ],
      });
    });

    it('should fail hmget of no field with INVALID_ARGUMENT, sending nothing, and run the others', async () => {
      const hash = context.key('hash-pipeline-empty');
      const results = await context
        .service()
        .pipeline()
        .hmget(hash, [])
        .hdel(hash, [])
        .hset(hash, { f: 'v' })
        .exec();
      expect(outcomesOf(results)).toEqual([
        { ok: false, code: 'INVALID_ARGUMENT' },
        { ok: false, code: 'INVALID_ARGUMENT' },
        { ok: true, value: 1 },
      ]);
    });

    it('should fail a numeric field with INVALID_ARGUMENT', async () => {
      const [result] = await context
        .service()
        .pipeline()
        .hstrlen(context.key('hash-pipeline-bad'), junk(3))
        .exec();
      expect(outcomesOf(result === undefined ? [] : [result])).toEqual([
        { ok: false, code: 'INVALID_ARGUMENT' },
      ]);
    });
  });

  describe('.transaction', () => {
    it('should run hash commands atomically and resolve their results', async () => {
      const hash = `${context.hashTag('hash-tx')}:h`;
      const { results } = await context.service().transaction([hash], (tx) => {
        tx.hset(hash, { a: '1', b: '2' }).hincrby(hash, 'a', 1).hgetall(hash).hlen(hash).hexists(hash, 'b');
      });
      expect(outcomesOf(results)).toEqual(
        [2, 2, { a: '2', b: '2' }, 2, true].map((value) => ({ ok: true, value })),
      );
    });
  });
}
