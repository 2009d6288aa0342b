import { beforeAll, describe, expect, it } from 'vitest';
import { parseInfo } from '@org/redis-core';
import {
  RedisError,
  type DurableWriteOptions,
  type IRedisCommandQueue,
  type IRedisService,
} from '@org/redis-interface';
import { adminCommand } from '../services/adminClient.js';
import { redisTestServers } from '../vitest/redisTestServers.js';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { describeFailure, errorCodeOf } from './errorCodeOf.js';

const valid: DurableWriteOptions = { replicas: 1, timeoutMs: 100 };

/** Option values `writeDurably` refuses before sending. */
const invalidOptions: readonly (readonly [string, DurableWriteOptions])[] = [
  ['replicas -1', { replicas: -1, timeoutMs: 100 }],
  ['replicas 1.5', { replicas: 1.5, timeoutMs: 100 }],
  ['replicas NaN', { replicas: Number.NaN, timeoutMs: 100 }],
  ["replicas '1'", { replicas: '1' as unknown as number, timeoutMs: 100 }],
  ['timeoutMs 0', { replicas: 1, timeoutMs: 0 }],
  ['timeoutMs -1', { replicas: 1, timeoutMs: -1 }],
  ['timeoutMs 1.5', { replicas: 1, timeoutMs: 1.5 }],
];

/**
 * What `writeDurably` refuses before sending anything: bad options, nothing queued, a bad queued argument,
 * keys in two slots, `aof` on a server without WAITAOF. Each case checks on the server that its key was not written.
 *
 * @param context - the group's context.
 */
export function describeDurableWriteArgumentsContract(context: ContractContext): void {
  let strict: IRedisService;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
  });

  /** The error code, and what the server then holds at `key` (null: nothing was sent). */
  const refusal = async (
    key: string,
    fn: (queue: IRedisCommandQueue) => void,
    options: DurableWriteOptions = valid,
  ): Promise<[string, string | null]> => {
    const code = await errorCodeOf(() => context.service().writeDurably(fn, options));
    return [code, await context.service().get(key)];
  };

  describe('.writeDurably', () => {
    describe.each(invalidOptions)('having %s', (_label, options) => {
      it('should reject INVALID_ARGUMENT and send nothing', async () => {
        const key = context.key('durable-options');
        expect(await refusal(key, (q) => q.set(key, 'x'), options)).toEqual(['INVALID_ARGUMENT', null]);
      });
    });

    describe('having nothing queued', () => {
      it('should reject INVALID_ARGUMENT', async () => {
        expect(await errorCodeOf(() => context.service().writeDurably(() => undefined, valid))).toBe(
          'INVALID_ARGUMENT',
        );
      });
    });

    describe('having a queued command with an invalid argument', () => {
      it('should reject INVALID_ARGUMENT and send none of the writes', async () => {
        const tag = context.hashTag('durable-bad');
        const key = `${tag}:a`;
        expect(await refusal(key, (q) => q.set(key, 'x').rpush(`${tag}:list`, []))).toEqual([
          'INVALID_ARGUMENT',
          null,
        ]);
      });
    });

    describe('having fn return a promise', () => {
      it('should reject INVALID_ARGUMENT and send nothing', async () => {
        const key = context.key('durable-async');
        const fn = async (q: IRedisCommandQueue): Promise<void> => {
          q.set(key, 'x');
          await Promise.resolve();
        };
        expect(await refusal(key, fn as (q: IRedisCommandQueue) => void)).toEqual(['INVALID_ARGUMENT', null]);
      });
    });

    describe('having fn throw', () => {
      it('should reject with what fn threw', async () => {
        const thrown = new Error('caller bug');
        const rejected = context.service().writeDurably(() => {
          throw thrown;
        }, valid);
        await expect(rejected).rejects.toBe(thrown);
      });
    });

    describe('having keys in two slots', () => {
      it('should reject CROSS_SLOT and send neither write (cluster, or strictCrossSlot)', async () => {
        const [a, b] = crossSlotKeys(context, 'durable-slots');
        const service = context.mode === 'cluster' ? context.service() : strict;
        const code = await errorCodeOf(() => service.writeDurably((q) => q.set(a, '1').set(b, '2'), valid));
        expect([code, await context.service().mget([a, b])]).toEqual(['CROSS_SLOT', [null, null]]);
      });
    });

    describe('having aof: true', () => {
      // The shared servers run without appendonly, so WAITAOF is refused on any version: below 7.2 for the
      // version (the case this machine's Redis 7.0 runs), from 7.2 for appendonly. The path where WAITAOF
      // runs (7.2+, appendonly yes) cannot run here; the unit tests of waitAofRefusal cover both checks.
      let key: string;
      let error: unknown;
      let version: string;

      beforeAll(async () => {
        const [node] =
          context.mode === 'cluster'
            ? redisTestServers().cluster.startupNodes
            : [redisTestServers().standalone];
        if (node === undefined) throw new Error('no shared server');
        version = parseInfo(await adminCommand(node, 'INFO', 'server'))['redis_version'] ?? '';
        key = context.key('durable-aof');
        error = await context
          .service()
          .writeDurably((q) => q.set(key, 'x'), { replicas: 0, aof: true, timeoutMs: 100 })
          .then(
            () => new Error('resolved'),
            (caught: unknown) => caught,
          );
      });

      it('should reject UNSUPPORTED_BY_SERVER naming what the server lacks', () => {
        const [major = 0, minor = 0] = version.split('.').map(Number);
        const lacks = major > 7 || (major === 7 && minor >= 2) ? 'appendonly yes' : 'Redis 7.2 or later';
        const details = RedisError.is(error, 'UNSUPPORTED_BY_SERVER') ? error.details : undefined;
        expect([describeFailure(error), details?.requirement]).toEqual(['UNSUPPORTED_BY_SERVER', lacks]);
      });

      it('should send nothing', async () => {
        expect(await context.service().get(key)).toBeNull();
      });
    });
  });
}
