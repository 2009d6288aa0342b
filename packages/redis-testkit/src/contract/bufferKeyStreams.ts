import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { crossSlotBufferKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';
import { nulBytes } from './rawBytes.js';

/**
 * Buffer keys in the streams of `xread`/`xreadgroup`: the prefix put before their bytes, routed and
 * checked for CROSS_SLOT on their bytes in a cluster, and each result's `key` the key as given (the
 * same Buffer, or the same string), in the text and bytes views alike.
 *
 * @param context - the group's context.
 */
export function describeBufferKeyStreamsContract(context: ContractContext): void {
  /** A fresh key that is not valid UTF-8 (its readable part first, a NUL inside). */
  const binaryKey = (name: string): Buffer => Buffer.concat([Buffer.from(context.key(name)), nulBytes]);

  describe('.xread', () => {
    it('should resolve the Buffer key given, with the entries', async () => {
      const key = binaryKey('xread');
      const id = await context.service().xadd(key, { f: 'v' });
      const [read] = await context.service().xread([{ key, id: '0' }]);
      expect(read).toEqual({ key, entries: [{ id, fields: { f: 'v' } }] });
    });

    it('should keep a text key given alongside a Buffer key as text', async () => {
      const tag = context.hashTag('xread-mixed');
      const bytesKey = Buffer.concat([Buffer.from(`${tag}:bytes`), nulBytes]);
      const textKey = `${tag}:text`;
      await context.service().xadd(bytesKey, { f: 'a' });
      await context.service().xadd(textKey, { f: 'b' });
      const reads = await context.service().xread([
        { key: bytesKey, id: '0' },
        { key: textKey, id: '0' },
      ]);
      expect(reads.map(({ key }) => key)).toEqual([bytesKey, textKey]);
    });

    it('should block on the node of each Buffer key (slots from the bytes)', async () => {
      const keys = Array.from({ length: 6 }, (_, index) => binaryKey(`xread-block-${index}`));
      await Promise.all(keys.map((key) => context.service().xadd(key, { f: nulBytes })));
      const reads = await Promise.all(
        keys.map((key) => context.service().bytes.xread([{ key, id: '0' }], { block: 1000 })),
      );
      expect(reads.map(([read]) => [read?.key, read?.entries[0]?.fields['f']])).toEqual(
        keys.map((key) => [key, nulBytes]),
      );
    });

    it('should refuse Buffer keys in different slots with CROSS_SLOT in a cluster (also where the service refuses it in every mode: a migrating service facing a cluster)', async () => {
      const [a, b] = crossSlotBufferKeys(context, 'xread-slots', nulBytes);
      const code = await errorCodeOf(
        context.service().xread([
          { key: a, id: '0' },
          { key: b, id: '0' },
        ]),
      );
      expect(code).toBe(context.crossSlotRefused ? 'CROSS_SLOT' : 'resolved');
    });

    it('should refuse a stream key that is a number with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(context.service().xread([{ key: junk(1), id: '0' }]))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });

  describe('.xreadgroup', () => {
    it('should resolve the Buffer key given, the value byte for byte through bytes', async () => {
      const key = binaryKey('xreadgroup');
      await context.service().xgroupCreate(key, 'g', '$', { mkstream: true });
      const id = await context.service().xadd(key, { f: nulBytes });
      expect(await context.service().bytes.xreadgroup('g', 'c', [{ key, id: '>' }])).toEqual([
        { key, entries: [{ id, fields: { f: nulBytes } }] },
      ]);
    });
  });
}
