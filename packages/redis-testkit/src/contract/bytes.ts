import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { otherRawBytes, rawBytes } from './rawBytes.js';

/**
 * `redis.bytes`: values that are not valid UTF-8 read back byte for byte, for strings, hashes,
 * lists and sets (a sample of each family); the text members would decode them lossily.
 *
 * @param context - the group's context.
 */
export function describeBytesContract(context: ContractContext): void {
  describe('.bytes', () => {
    describe('.get', () => {
      it('should resolve the exact bytes stored', async () => {
        const key = context.key('get');
        await context.service().set(key, rawBytes);
        expect(await context.service().bytes.get(key)).toEqual(rawBytes);
      });

      it('should resolve null for a missing key', async () => {
        expect(await context.service().bytes.get(context.key('get-missing'))).toBeNull();
      });

      it('should keep bytes the text member loses', async () => {
        const key = context.key('get-lossy');
        await context.service().set(key, rawBytes);
        expect(Buffer.from((await context.service().get(key)) ?? '')).not.toEqual(rawBytes);
      });
    });

    describe('.set', () => {
      it('should resolve the previous bytes with get: true', async () => {
        const key = context.key('set-get');
        await context.service().set(key, rawBytes);
        expect(await context.service().bytes.set(key, otherRawBytes, { get: true })).toEqual(rawBytes);
      });
    });

    describe('.mget', () => {
      it('should resolve bytes in the caller order across slots', async () => {
        const [a, b] = crossSlotKeys(context, 'mget');
        await context.service().set(a, rawBytes);
        await context.service().set(b, otherRawBytes);
        const missing = context.key('mget-missing');
        expect(await context.service().bytes.mget([b, missing, a])).toEqual([otherRawBytes, null, rawBytes]);
      });
    });

    describe('.hgetall', () => {
      it('should resolve text field names with Buffer values', async () => {
        const key = context.key('hgetall');
        await context.service().hset(key, { a: rawBytes, b: otherRawBytes });
        expect(await context.service().bytes.hgetall(key)).toEqual({ a: rawBytes, b: otherRawBytes });
      });
    });

    describe('.hmget', () => {
      it('should resolve one Buffer or null per field', async () => {
        const key = context.key('hmget');
        await context.service().hset(key, { a: rawBytes });
        expect(await context.service().bytes.hmget(key, ['a', 'missing'])).toEqual([rawBytes, null]);
      });
    });

    describe('.hkeys', () => {
      it('should resolve field names that are not text', async () => {
        const key = context.key('hkeys');
        await context.service().call('HSET', key, rawBytes, 'v');
        expect(await context.service().bytes.hkeys(key)).toContainEqual(rawBytes);
      });
    });

    describe('.hrandfield', () => {
      it('should resolve Buffer field names and values with values', async () => {
        const key = context.key('hrandfield');
        await context.service().call('HSET', key, rawBytes, otherRawBytes);
        expect(await context.service().bytes.hrandfield(key, { count: 1, withValues: true })).toEqual([
          [rawBytes, otherRawBytes],
        ]);
      });
    });

    describe('.lrange', () => {
      it('should resolve every element as stored', async () => {
        const key = context.key('lrange');
        await context.service().rpush(key, [rawBytes, otherRawBytes]);
        expect(await context.service().bytes.lrange(key, 0, -1)).toEqual([rawBytes, otherRawBytes]);
      });
    });

    describe('.lpop', () => {
      it('should resolve a list of Buffers with a count', async () => {
        const key = context.key('lpop');
        await context.service().rpush(key, [rawBytes, otherRawBytes]);
        expect(await context.service().bytes.lpop(key, 2)).toEqual([rawBytes, otherRawBytes]);
      });
    });

    describe('.lmpop', () => {
      it('should resolve the key as text and the elements as Buffers', async () => {
        const key = context.key('lmpop');
        await context.service().rpush(key, rawBytes);
        expect(await context.service().bytes.lmpop([key], 'LEFT')).toEqual({ key, elements: [rawBytes] });
      });
    });

    describe('.smembers', () => {
      it('should resolve the members as stored', async () => {
        const key = context.key('smembers');
        await context.service().sadd(key, [rawBytes, otherRawBytes]);
        const members = await context.service().bytes.smembers(key);
        expect([...members].sort((x, y) => Buffer.compare(x, y))).toEqual(
          [rawBytes, otherRawBytes].sort((x, y) => Buffer.compare(x, y)),
        );
      });
    });

    describe('.sinter', () => {
      it('should resolve the common members as Buffers', async () => {
        const tag = context.hashTag('sinter');
        const [a, b] = [`${tag}:a`, `${tag}:b`];
        await context.service().sadd(a, [rawBytes, 'x']);
        await context.service().sadd(b, [rawBytes, 'y']);
        expect(await context.service().bytes.sinter([a, b])).toEqual([rawBytes]);
      });
    });
  });
}
