import type { ChunkCopyContext, ChunkTotals } from '../../models/ChunkCopyContext.js';

/** Bytes per GETRANGE: large enough for few round trips, small enough not to stall either server. */
export const stringChunkBytes = 1024 * 1024;

/**
 * Copy a string in `GETRANGE` slices of {@link stringChunkBytes}: `SET` the first onto the temporary
 * key, `APPEND` the others. Stops at the first short slice (the end, or the key shrank or vanished:
 * the caller's final TYPE check tells).
 */
export async function copyStringChunks(context: ChunkCopyContext): Promise<ChunkTotals> {
  let offset = 0;
  for (;;) {
    const slice = (await context.read(
      'GETRANGE',
      context.key,
      offset,
      offset + stringChunkBytes - 1,
    )) as Buffer;
    if (offset === 0) await context.write('SET', context.temp, slice);
    else if (slice.length > 0) await context.write('APPEND', context.temp, slice);
    offset += slice.length;
    if (slice.length < stringChunkBytes) return { elements: 1, bytes: offset };
  }
}
