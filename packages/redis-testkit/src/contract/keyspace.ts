import { beforeAll, describe, expect, it } from 'vitest';
import type { FlushDbOptions } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { collect } from './collect.js';
import { errorCodeOf } from './errorCodeOf.js';

const keyCount = 10_000;
const chunkSize = 1_000;

/**
 * SCAN over the whole keyspace (every master in cluster mode), DBSIZE, and the FLUSHDB confirmation. The
 * shared servers are never flushed: see `describeFlushDbContract` for a real flush.
 *
 * @param context - the group's context.
 */
export function describeKeyspaceContract(context: ContractContext): void {
  describe('having 10,000 strings and 10 hashes under one pattern', () => {
    let base: string;
    let strings: string[];
    let hashes: string[];

    beforeAll(async () => {
      base = context.key('scan');
      // No hash tag: the keys spread over every slot (and every master of a cluster).
      strings = Array.from({ length: keyCount }, (_, index) => `${base}:s:${index}`);
      hashes = Array.from({ length: 10 }, (_, index) => `${base}:h:${index}`);
      for (let start = 0; start < keyCount; start += chunkSize) {
        const chunk = strings.slice(start, start + chunkSize);
        await context.service().mset(Object.fromEntries(chunk.map((key) => [key, 'v'])));
      }
      await Promise.all(hashes.map((key) => context.service().hset(key, { f: 'v' })));
    }, 120_000);

    describe('.scan', () => {
      it('should yield every key, without the keyPrefix', async () => {
        const keys = await collect(context.service().scan({ match: `${base}:s:*` }));
        expect(new Set(keys)).toEqual(new Set(strings));
      });

      it('should yield no key twice', async () => {
        const keys = await collect(context.service().scan({ match: `${base}:s:*`, count: 1_000 }));
        expect(keys.length).toBe(new Set(keys).size);
      });

      it('should yield only keys of the given type', async () => {
        const keys = await collect(context.service().scan({ match: `${base}:*`, type: 'hash' }));
        expect(keys.sort()).toEqual([...hashes].sort());
      });

      it('should stop when the loop breaks', async () => {
        const seen: string[] = [];
        for await (const key of context.service().scan({ match: `${base}:s:*` })) {
          seen.push(key);
          if (seen.length === 5) break;
        }
        expect(seen.length).toBe(5);
      });
    });

    describe('.dbsize', () => {
      it('should count at least those keys, summed over every master', async () => {
        expect(await context.service().dbsize()).toBeGreaterThanOrEqual(keyCount + hashes.length);
      });
    });
  });

  describe('.scan', () => {
    it('should yield nothing for a pattern nothing matches', async () => {
      expect(await collect(context.service().scan({ match: `${context.key('scan-none')}:*` }))).toEqual([]);
    });
  });

  describe('.flushdb', () => {
    describe('having a wrong confirmation', () => {
      let key: string;
      let code: string;

      beforeAll(async () => {
        key = context.key('flush-guard');
        await context.service().set(key, 'kept');
        const options = { confirm: 'flushdb' } as unknown as FlushDbOptions;
        code = await errorCodeOf(() => context.service().flushdb(options));
      });

      it('should reject with CONFIRMATION_REQUIRED', () => {
        expect(code).toBe('CONFIRMATION_REQUIRED');
      });

      it('should delete nothing', async () => {
        expect(await context.service().get(key)).toBe('kept');
      });
    });
  });
}
