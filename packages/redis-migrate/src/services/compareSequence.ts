import type { ContentsRead, ContentsVerdict } from '../models/ContentsRead.js';
import { onBoth, sameBytes } from './sideCalls.js';

/** Bytes of a string read per GETRANGE. */
const stringChunkBytes = 1024 * 1024;

/**
 * Compare a string or a list in windows read from both sides at once: STRLEN then GETRANGE of
 * 1 MiB, or LLEN then LRANGE of `chunk` elements (order matters for both).
 */
export async function compareSequence(read: ContentsRead, type: 'string' | 'list'): Promise<ContentsVerdict> {
  const [sourceLength, targetLength] = await onBoth<number>(read, type === 'string' ? 'STRLEN' : 'LLEN');
  const unit = type === 'string' ? 'bytes' : 'elements';
  if (sourceLength !== targetLength) {
    return {
      same: false,
      kind: 'valueDiffers',
      detail: `${sourceLength} ${unit} on the source, ${targetLength} on the target`,
    };
  }
  const window = type === 'string' ? stringChunkBytes : read.chunk;
  for (let start = 0; start < sourceLength; start += window) {
    const stop = start + window - 1;
    if (type === 'string') {
      const [ours, theirs] = await onBoth<Buffer>(read, 'GETRANGE', start, stop);
      if (!sameBytes(ours, theirs))
        return differs(`bytes ${start}-${Math.min(stop, sourceLength - 1)} differ`);
    } else {
      const [ours, theirs] = await onBoth<Buffer[]>(read, 'LRANGE', start, stop);
      const index = ours.findIndex((element, offset) => !sameBytes(element, theirs[offset]));
      if (index >= 0 || ours.length !== theirs.length) {
        return differs(`element ${start + Math.max(index, 0)} differs`);
      }
    }
  }
  return { same: true };
}

function differs(detail: string): ContentsVerdict {
  return { same: false, kind: 'valueDiffers', detail };
}
