import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, TransactionResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { outcomesOf, type PipelineOutcome } from './PipelineOutcome.js';

const sorted = (members: string[]): string[] => members.sort();

/** Unordered replies (set members) sorted, so one `toEqual` compares the whole pipeline. */
const comparable = (outcomes: PipelineOutcome[]): PipelineOutcome[] =>
  outcomes.map((outcome) =>
    outcome.ok && Array.isArray(outcome.value) && outcome.value.every((item) => typeof item === 'string')
      ? { ok: true, value: [...outcome.value].sort() }
      : outcome,
  );

/**
 * The set members queued on pipelines and transactions: each result is what the service member
 * resolves to; what the service answers without a round trip (an empty list) and keys in two slots
 * are that command's failed result, the others still run.
 *
 * @param context - the group's context.
 */
export function describeSetQueuesContract(context: ContractContext): void {
  describe('.pipeline', () => {
    describe('having every set member queued over sets with one hash tag', () => {
      let outcomes: PipelineOutcome[];
      let tag: string;

      beforeAll(async () => {
        tag = context.hashTag('set-pipeline');
        const [a, b, c] = [`${tag}:a`, `${tag}:b`, `${tag}:c`];
        const results = await context
          .service()
          .pipeline()
          .sadd(a, ['x', 'y', 'z'])
          .sadd(b, ['y', 'z', 'w'])
          .smembers(a)
          .sismember(a, 'x')
          .smismember(a, ['x', 'q'])
          .scard(b)
          .srandmember(`${tag}:missing`)
          .srandmember(a, -4)
          .sinter([a, b])
          .sintercard([a, b], { limit: 1 })
          .sunion([a, b])
          .sdiff([a, b])
          .sinterstore(`${tag}:inter`, [a, b])
          .sunionstore(`${tag}:union`, [a, b])
          .sdiffstore(`${tag}:diff`, [a, b])
          .smove(a, c, 'x')
          .srem(b, ['w', 'q'])
          .spop(`${tag}:inter`, 5)
          .spop(`${tag}:missing`)
          .exec();
        outcomes = comparable(outcomesOf(results));
      });

      it('should resolve each result as the service member does', () => {
        const repeats = outcomes[7];
        expect([
          ...outcomes.slice(0, 7),
          repeats?.ok === true && Array.isArray(repeats.value) ? repeats.value.length : repeats,
          ...outcomes.slice(8),
        ]).toEqual([
          { ok: true, value: 3 },
          { ok: true, value: 3 },
          { ok: true, value: ['x', 'y', 'z'] },
          { ok: true, value: true },
          { ok: true, value: [true, false] },
          { ok: true, value: 3 },
          { ok: true, value: null },
          4,
          { ok: true, value: ['y', 'z'] },
          { ok: true, value: 1 },
          { ok: true, value: ['w', 'x', 'y', 'z'] },
          { ok: true, value: ['x'] },
          { ok: true, value: 2 },
          { ok: true, value: 4 },
          { ok: true, value: 1 },
          { ok: true, value: true },
          { ok: true, value: 1 },
          { ok: true, value: ['y', 'z'] },
          { ok: true, value: null },
        ]);
      });

      it('should have written the stored results', async () => {
        expect(sorted(await context.service().smembers(`${tag}:union`))).toEqual(['w', 'x', 'y', 'z']);
      });
    });

    describe('having an empty sinter queued between two commands', () => {
      let outcomes: PipelineOutcome[];

      beforeAll(async () => {
        const key = context.key('set-pipeline-empty');
        outcomes = outcomesOf(await context.service().pipeline().sadd(key, 'a').sinter([]).scard(key).exec());
      });

      it('should fail that command with INVALID_ARGUMENT and run the others', () => {
        expect(outcomes).toEqual([
          { ok: true, value: 1 },
          { ok: false, code: 'INVALID_ARGUMENT' },
          { ok: true, value: 1 },
        ]);
      });
    });

    describe('having a sintercard over two slots on a strict service', () => {
      let strict: IRedisService;
      let outcomes: PipelineOutcome[];

      beforeAll(async () => {
        strict = await context.createService({ strictCrossSlot: true });
        const [a, b] = crossSlotKeys(context, 'set-pipeline-slots');
        outcomes = outcomesOf(await strict.pipeline().sadd(a, 'm').sintercard([a, b]).exec());
      });

      it('should fail that command with CROSS_SLOT and run the others', () => {
        expect(outcomes).toEqual([
          { ok: true, value: 1 },
          { ok: false, code: 'CROSS_SLOT' },
        ]);
      });
    });
  });

  describe('.transaction', () => {
    describe('having smove and sintercard queued on watched sets', () => {
      let tag: string;
      let result: TransactionResult<number>;

      beforeAll(async () => {
        tag = context.hashTag('set-tx');
        await context.service().sadd(`${tag}:src`, ['a', 'b']);
        result = await context.service().transaction([`${tag}:src`], async (tx) => {
          const size = (await tx.read.smembers(`${tag}:src`)).length;
          tx.smove(`${tag}:src`, `${tag}:dst`, 'a').sintercard([`${tag}:src`, `${tag}:dst`]);
          return size;
        });
      });

      it("should resolve fn's value and the queued results", () => {
        expect({ value: result.value, results: outcomesOf(result.results) }).toEqual({
          value: 2,
          results: [
            { ok: true, value: true },
            { ok: true, value: 0 },
          ],
        });
      });

      it('should apply the move', async () => {
        expect(await context.service().smembers(`${tag}:dst`)).toEqual(['a']);
      });
    });
  });
}
