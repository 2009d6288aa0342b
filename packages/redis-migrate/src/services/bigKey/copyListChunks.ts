import type { ChunkCopyContext, ChunkTotals } from '../../models/ChunkCopyContext.js';

/**
 * Copy a list in `LRANGE` windows of `chunk` elements, each appended with one `RPUSH`, so the order
 * is kept. Stops at the first short window.
 *
 * @remarks Windows are by index: a push or pop at the head during the copy shifts them, so the
 * copy may repeat or skip elements (see `copyBigKey`).
 */
export async function copyListChunks(context: ChunkCopyContext): Promise<ChunkTotals> {
  let start = 0;
  let elements = 0;
  let bytes = 0;
  for (;;) {
    const window = (await context.read('LRANGE', context.key, start, start + context.chunk - 1)) as Buffer[];
    if (window.length > 0) {
      for (const element of window) bytes += element.length;
      elements = (await context.write('RPUSH', context.temp, ...window)) as number;
    }
    start += window.length;
    if (window.length < context.chunk) return { elements, bytes };
  }
}
