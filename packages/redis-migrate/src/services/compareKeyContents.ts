import type { ContentsRead, ContentsVerdict } from '../models/ContentsRead.js';
import { compareScannedCollection } from './compareScannedCollection.js';
import { compareSequence } from './compareSequence.js';
import { compareStream } from './compareStream.js';

/**
 * Compare one key's type and contents on both sides, element by element in chunks, never reading
 * a big value whole: used when the DUMP payloads differ (versions differ, or a hash table's order
 * differs after a RESTORE), or when a side was too big to DUMP. `gone`: the key left the source
 * meanwhile (expired, deleted), which is not a difference.
 *
 * @throws RedisError when a command fails (`WRONG_TYPE` when the key changed type meanwhile…).
 */
export async function compareKeyContents(read: ContentsRead): Promise<ContentsVerdict> {
  await read.limiter.acquire(1);
  const [sourceType, targetType] = await Promise.all([
    read.source.type(read.key),
    read.target.type(read.key),
  ]);
  if (sourceType === 'none') return { same: false, kind: 'gone', detail: 'left the source' };
  if (targetType === 'none') return { same: false, kind: 'missing', detail: 'not on the target' };
  if (sourceType !== targetType) {
    return {
      same: false,
      kind: 'typeDiffers',
      detail: `${sourceType} on the source, ${targetType} on the target`,
    };
  }
  if (sourceType === 'string' || sourceType === 'list')
    return compareSequence(read, sourceType as 'string' | 'list');
  if (sourceType === 'hash' || sourceType === 'set' || sourceType === 'zset') {
    return compareScannedCollection(read, sourceType as 'hash' | 'set' | 'zset');
  }
  if (sourceType === 'stream') return compareStream(read);
  return compareDumps(read, sourceType);
}

/** A module's type has no generic reader: its DUMP payloads are compared as they are. */
async function compareDumps(read: ContentsRead, type: string): Promise<ContentsVerdict> {
  await read.limiter.acquire(1);
  const [ours, theirs] = await Promise.all([
    read.source.bytes.dump(read.key),
    read.target.bytes.dump(read.key),
  ]);
  if (ours === null) return { same: false, kind: 'gone', detail: 'left the source' };
  if (theirs !== null && ours.equals(theirs)) return { same: true };
  return {
    same: false,
    kind: 'valueDiffers',
    detail: `${type} (a module type) compared by DUMP: the payloads differ`,
  };
}
