import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { nulBytes, otherRawBytes, rawBytes } from './rawBytes.js';

/**
 * `redis.bytes` for the blocking members (dedicated connections) and XREAD: values that are not
 * valid UTF-8 read back byte for byte, key names (`blpop`'s too) and stream IDs as text.
 *
 * @param context - the group's context.
 */
export function describeBytesBlockingContract(context: ContractContext): void {
  describe('.bytes', () => {
    describe('.blmove', () => {
      it('should resolve the moved element as a Buffer', async () => {
        const tag = context.hashTag('blmove');
        await context.service().rpush(`${tag}:from`, rawBytes);
        expect(await context.service().bytes.blmove(`${tag}:from`, `${tag}:to`, 'LEFT', 'RIGHT', 1)).toEqual(
          rawBytes,
        );
      });
    });

    describe('.blmpop', () => {
      it('should resolve the key as text and the elements as Buffers', async () => {
        const key = context.key('blmpop');
        await context.service().rpush(key, [rawBytes, otherRawBytes]);
        expect(await context.service().bytes.blmpop([key], 'LEFT', 1, 2)).toEqual({
          key,
          elements: [rawBytes, otherRawBytes],
        });
      });
    });

    describe('.bzpopmin', () => {
      it('should resolve the key as text and the member as a Buffer', async () => {
        const key = context.key('bzpopmin');
        await context.service().zadd(key, { member: rawBytes, score: 3 });
        expect(await context.service().bytes.bzpopmin([key], 1)).toEqual({ key, member: rawBytes, score: 3 });
      });
    });

    describe('.blpop', () => {
      it('should resolve the key as text and the element as a Buffer', async () => {
        const key = context.key('blpop');
        await context.service().rpush(key, [nulBytes, rawBytes]);
        expect(await context.service().bytes.blpop(key, 1)).toEqual([key, nulBytes]);
      });
    });

    describe('.brpop', () => {
      it('should resolve the key as text and the element as a Buffer', async () => {
        const key = context.key('brpop');
        await context.service().rpush(key, [rawBytes, nulBytes]);
        expect(await context.service().bytes.brpop([key], 1)).toEqual([key, nulBytes]);
      });

      it('should resolve null on timeout', async () => {
        expect(await context.service().bytes.brpop(context.key('brpop-empty'), 0.05)).toBeNull();
      });
    });

    describe('.xread', () => {
      it('should resolve the field values as Buffers, the key and IDs as text', async () => {
        const key = context.key('xread');
        const id = await context.service().xadd(key, { f: rawBytes });
        expect(await context.service().bytes.xread([{ key, id: '0' }], { block: 100 })).toEqual([
          { key, entries: [{ id, fields: { f: rawBytes } }] },
        ]);
      });

      it('should do the same without BLOCK, on the shared connection', async () => {
        const key = context.key('xread-now');
        const id = await context.service().xadd(key, { f: otherRawBytes });
        expect(await context.service().bytes.xread([{ key, id: '0' }])).toEqual([
          { key, entries: [{ id, fields: { f: otherRawBytes } }] },
        ]);
      });
    });
  });
}
