import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisPipeline, PipelineResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { describeFailure, errorCodeOf } from './errorCodeOf.js';
import { outcomesOf, type PipelineOutcome } from './PipelineOutcome.js';

const triples = 334;

/**
 * Pipelines: 1,000 commands over every slot, results in the caller's order, per-command failures.
 *
 * @param context - the group's context.
 */
export function describePipelinesContract(context: ContractContext): void {
  describe('.pipeline', () => {
    describe('having SET, GET and INCR of 334 keys in different slots (1,002 commands)', () => {
      let pipeline: IRedisPipeline;
      let results: PipelineResult[];

      beforeAll(async () => {
        const base = context.key('pipeline');
        pipeline = context.service().pipeline();
        for (let index = 0; index < triples; index += 1) {
          const key = `${base}:${index}`;
          pipeline.set(key, index).get(key).incr(key);
        }
        results = await pipeline.exec();
      });

      it('should count the queued commands', () => {
        expect(pipeline.length).toBe(triples * 3);
      });

      it("should resolve every result in the caller's order", () => {
        const expected = Array.from({ length: triples }, (_, index) => [
          { ok: true, value: 'OK' },
          { ok: true, value: String(index) },
          { ok: true, value: index + 1 },
        ]).flat();
        expect(outcomesOf(results)).toEqual(expected);
      });

      it('should reject a second exec with INVALID_ARGUMENT', async () => {
        expect(await errorCodeOf(() => pipeline.exec())).toBe('INVALID_ARGUMENT');
      });
    });

    describe('having commands that fail among commands that succeed', () => {
      let outcomes: PipelineOutcome[];

      beforeAll(async () => {
        const text = context.key('pipeline-text');
        const counter = context.key('pipeline-counter');
        await context.service().set(text, 'not a number');
        const results = await context
          .service()
          .pipeline()
          .incr(counter)
          .incr(text)
          .hget(text, 'f')
          .incr(counter)
          .exec();
        outcomes = outcomesOf(results);
      });

      it('should fail INCR of a non-integer with SERVER_ERROR', () => {
        expect(outcomes[1]).toEqual({ ok: false, code: 'SERVER_ERROR' });
      });

      it('should fail HGET of a string with WRONG_TYPE', () => {
        expect(outcomes[2]).toEqual({ ok: false, code: 'WRONG_TYPE' });
      });

      it('should run the other commands', () => {
        expect([outcomes[0], outcomes[3]]).toEqual([
          { ok: true, value: 1 },
          { ok: true, value: 2 },
        ]);
      });
    });

    describe('having a SET with an invalid TTL queued before an INCR', () => {
      it('should fail only that command, with INVALID_ARGUMENT, at exec', async () => {
        const pipeline = context.service().pipeline();
        // Queueing must not throw: the argument error belongs to that command's result.
        const outcomes = await Promise.resolve()
          .then(() =>
            pipeline
              .set(context.key('bad-ttl'), 'v', { ttl: { seconds: 0 } })
              .incr(context.key('n'))
              .exec(),
          )
          .then(outcomesOf, (error: unknown) => `threw ${describeFailure(error)}`);
        expect(outcomes).toEqual([
          { ok: false, code: 'INVALID_ARGUMENT' },
          { ok: true, value: 1 },
        ]);
      });
    });

    describe('having one command of each kind of value', () => {
      it('should resolve what the equivalent service methods resolve', async () => {
        const [key, hash, json] = [
          context.key('kinds'),
          context.key('kinds-hash'),
          context.key('kinds-json'),
        ];
        const results = await context
          .service()
          .pipeline()
          .set(key, Buffer.from([0, 255]))
          .getBuffer(key)
          .set(key, 'x', { condition: 'NX' })
          .exists(key)
          .expire(key, 100)
          .ttl(key)
          .hset(hash, { a: '1' })
          .hgetall(hash)
          .setJson(json, { n: [1] })
          .getJson(json)
          .rpush(context.key('kinds-list'), ['a', 'b'])
          .zadd(context.key('kinds-zset'), { member: 'm', score: 2 })
          .publish(context.key('kinds-channel'), 'nobody')
          .exec();
        expect(outcomesOf(results)).toEqual(
          ['OK', Buffer.from([0, 255]), null, 1, true, 100, 1, { a: '1' }, 'OK', { n: [1] }, 2, 1, 0].map(
            (value) => ({ ok: true, value }),
          ),
        );
      });
    });

    it('should resolve [] for an empty pipeline', async () => {
      expect(await context.service().pipeline().exec()).toEqual([]);
    });
  });
}
