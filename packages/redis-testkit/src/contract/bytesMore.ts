import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { otherRawBytes, rawBytes } from './rawBytes.js';

/**
 * `redis.bytes` for sorted sets, streams, scripts and `call`, and `pipeline.bytes`: values that are
 * not valid UTF-8 read back byte for byte; scores stay numbers, stream IDs and field names text.
 *
 * @param context - the group's context.
 */
export function describeBytesMoreContract(context: ContractContext): void {
  describe('.bytes', () => {
    describe('.zrangeWithScores', () => {
      it('should resolve Buffer members with number scores', async () => {
        const key = context.key('zrange');
        await context.service().zadd(key, [
          { member: rawBytes, score: 1 },
          { member: otherRawBytes, score: 2.5 },
        ]);
        expect(await context.service().bytes.zrangeWithScores(key, 0, -1)).toEqual([
          { member: rawBytes, score: 1 },
          { member: otherRawBytes, score: 2.5 },
        ]);
      });
    });

    describe('.zrange', () => {
      it('should resolve the members as stored', async () => {
        const key = context.key('zrange-plain');
        await context.service().zadd(key, { member: rawBytes, score: 1 });
        expect(await context.service().bytes.zrange(key, 0, -1)).toEqual([rawBytes]);
      });
    });

    describe('.zpopmin', () => {
      it('should resolve the popped member as a Buffer', async () => {
        const key = context.key('zpopmin');
        await context.service().zadd(key, { member: rawBytes, score: -1 });
        expect(await context.service().bytes.zpopmin(key)).toEqual([{ member: rawBytes, score: -1 }]);
      });
    });

    describe('.xrange', () => {
      it('should resolve text IDs and field names with Buffer values', async () => {
        const key = context.key('xrange');
        const id = await context.service().xadd(key, { f: rawBytes });
        expect(await context.service().bytes.xrange(key)).toEqual([{ id, fields: { f: rawBytes } }]);
      });
    });

    describe('.eval', () => {
      it("should resolve the script's bulk reply as a Buffer", async () => {
        const key = context.key('eval');
        await context.service().set(key, rawBytes);
        const script = "return redis.call('GET', KEYS[1])";
        expect(await context.service().bytes.eval(script, [key])).toEqual(rawBytes);
      });
    });

    describe('.call', () => {
      it('should resolve bulk replies as Buffers, keys prefixed', async () => {
        const key = context.key('call');
        await context.service().rpush(key, [rawBytes, otherRawBytes]);
        expect(await context.service().bytes.call('LRANGE', key, 0, -1)).toEqual([rawBytes, otherRawBytes]);
      });

      it('should resolve a status reply as a Buffer too', async () => {
        expect(await context.service().bytes.call('SET', context.key('call-set'), rawBytes)).toEqual(
          Buffer.from('OK'),
        );
      });
    });
  });

  describe('.pipeline', () => {
    describe('having bytes members queued', () => {
      it('should resolve those as Buffers and the text members as text', async () => {
        const key = context.key('pipeline');
        await context.service().set(key, rawBytes);
        const results = await context.service().pipeline().bytes.get(key).strlen(key).exec();
        expect(results).toEqual([
          { ok: true, value: rawBytes },
          { ok: true, value: rawBytes.length },
        ]);
      });
    });
  });

  describe('.transaction', () => {
    describe('having a bytes member queued', () => {
      it('should resolve it as a Buffer', async () => {
        const key = context.key('transaction');
        await context.service().set(key, rawBytes);
        const { results } = await context.service().transaction([key], (tx) => {
          tx.bytes.getdel(key);
        });
        expect(results).toEqual([{ ok: true, value: rawBytes }]);
      });
    });
  });
}
