import type { ChunkCopyContext, ChunkTotals } from '../../models/ChunkCopyContext.js';

/** How each scanned type is read and written. */
const scannedTypes = {
  hash: { scan: 'HSCAN', add: 'HSET', scoreFirst: false },
  set: { scan: 'SSCAN', add: 'SADD', scoreFirst: false },
  zset: { scan: 'ZSCAN', add: 'ZADD', scoreFirst: true },
} as const;

/** A type {@link copyScannedChunks} copies. */
export type ScannedType = keyof typeof scannedTypes;

/**
 * Copy a hash, set or sorted set with its SCAN command (`HSCAN`/`SSCAN`/`ZSCAN … COUNT chunk`), each
 * page written with one `HSET`/`SADD`/`ZADD`. Scores travel as the text Redis prints them (`%.17g`,
 * `inf`), which parses back to the same double: they stay exact.
 *
 * @remarks SCAN may return an element twice; the writes are idempotent and the element count is
 * what the writes report as new, so it counts each element once.
 */
export async function copyScannedChunks(context: ChunkCopyContext, type: ScannedType): Promise<ChunkTotals> {
  const { scan, add, scoreFirst } = scannedTypes[type];
  let cursor = '0';
  let elements = 0;
  let bytes = 0;
  do {
    const [next, items] = (await context.read(scan, context.key, cursor, 'COUNT', context.chunk)) as [
      Buffer,
      Buffer[],
    ];
    cursor = next.toString();
    if (items.length === 0) continue;
    for (const item of items) bytes += item.length;
    const args = scoreFirst ? swapPairs(items) : items;
    elements += (await context.write(add, context.temp, ...args)) as number;
  } while (cursor !== '0');
  return { elements, bytes };
}

/** `[member, score, …]` (ZSCAN) as `[score, member, …]` (ZADD). */
function swapPairs(items: readonly Buffer[]): Buffer[] {
  const swapped: Buffer[] = [];
  for (let index = 0; index + 1 < items.length; index += 2) {
    swapped.push(items[index + 1] as Buffer, items[index] as Buffer);
  }
  return swapped;
}
