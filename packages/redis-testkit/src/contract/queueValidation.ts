import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisPipeline } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';
import { describeFailure } from './errorCodeOf.js';
import { outcomesOf, type PipelineOutcome } from './PipelineOutcome.js';

/** Pipeline calls that threw at the call site, or sent `[object Object]`, before issue 12. */
const queuedCalls: readonly (readonly [
  title: string,
  queue: (pipeline: IRedisPipeline, key: string) => unknown,
])[] = [
  ['pexpire with 1.5 ms', (pipeline, key) => pipeline.pexpire(key, 1.5)],
  ['xadd with null fields', (pipeline, key) => pipeline.xadd(key, junk(null), junk(undefined))],
  [
    'publish with an object message', // `undefined` spelled out: a `never` argument before an optional one of a mapped member confuses tsc.
    (pipeline) => pipeline.publish('validation', junk({}), undefined),
  ],
  ['lpush with an object value', (pipeline, key) => pipeline.lpush(key, junk({}))],
  ['sadd with a Symbol member', (pipeline, key) => pipeline.sadd(key, junk(Symbol('m')))],
  ['hset with an undefined value', (pipeline, key) => pipeline.hset(key, { f: junk(undefined) })],
  ['lrange with 1.5', (pipeline, key) => pipeline.lrange(key, 1.5, 2)],
  ['get with an object key', (pipeline) => pipeline.get(junk({}))],
];

/**
 * Queue methods never throw at the call site: a bad argument becomes that command's failed result
 * (`INVALID_ARGUMENT`) at exec, nothing of it is sent, and the commands around it still run.
 *
 * @param context - the group's context.
 */
export function describeQueueValidationContract(context: ContractContext): void {
  describe.each(queuedCalls)('having %s in a pipeline', (_, queue) => {
    let thrown: string | undefined;
    let outcomes: PipelineOutcome[];
    let key: string;

    beforeAll(async () => {
      key = context.key('queue-validation');
      const pipeline = context.service().pipeline().incr(`${key}:before`);
      try {
        queue(pipeline, key);
      } catch (error) {
        thrown = describeFailure(error);
      }
      outcomes = outcomesOf(await pipeline.incr(`${key}:after`).exec());
    });

    it('should not throw at the call site', () => {
      expect(thrown).toBeUndefined();
    });

    it('should fail that command with INVALID_ARGUMENT and run the others', () => {
      expect(outcomes).toEqual([
        { ok: true, value: 1 },
        { ok: false, code: 'INVALID_ARGUMENT' },
        { ok: true, value: 1 },
      ]);
    });

    it('should write nothing under its key', async () => {
      expect(await context.service().exists(key)).toBe(0);
    });
  });
}
