import { displayKey } from '../calculations/displayKey.js';
import { parseScore } from '../calculations/parseScore.js';
import type { ContentsRead, ContentsVerdict } from '../models/ContentsRead.js';
import { onBoth, onSource, onTarget, sameBytes } from './sideCalls.js';

/** How each collection is sized, scanned and looked up on the target. */
const collections = {
  hash: { size: 'HLEN', scan: 'HSCAN', unit: 'fields' },
  set: { size: 'SCARD', scan: 'SSCAN', unit: 'members' },
  zset: { size: 'ZCARD', scan: 'ZSCAN', unit: 'members' },
} as const;

/**
 * Compare a hash, set or sorted set without reading it whole: the sizes, then the source scanned
 * (HSCAN/SSCAN/ZSCAN, `chunk` elements a call) and each chunk looked up on the target (HMGET,
 * SMISMEMBER, ZMSCORE: Redis 6.2+). Equal sizes and every source element found equal on the target
 * mean equal collections. A collection written to meanwhile may be reported as differing.
 */
export async function compareScannedCollection(
  read: ContentsRead,
  type: keyof typeof collections,
): Promise<ContentsVerdict> {
  const { size, scan, unit } = collections[type];
  const [sourceSize, targetSize] = await onBoth<number>(read, size);
  if (sourceSize !== targetSize) {
    return {
      same: false,
      kind: 'valueDiffers',
      detail: `${sourceSize} ${unit} on the source, ${targetSize} on the target`,
    };
  }
  let cursor = '0';
  do {
    const [next, items] = await onSource<[Buffer, Buffer[]]>(read, scan, cursor, 'COUNT', read.chunk);
    cursor = next.toString();
    const difference = items.length === 0 ? undefined : await checkChunk(read, type, items);
    if (difference !== undefined) return { same: false, kind: 'valueDiffers', detail: difference };
  } while (cursor !== '0');
  return { same: true };
}

async function checkChunk(
  read: ContentsRead,
  type: keyof typeof collections,
  items: readonly Buffer[],
): Promise<string | undefined> {
  if (type === 'set') {
    const found = await onTarget<unknown[]>(read, 'SMISMEMBER', ...items);
    const index = found.findIndex((flag) => Number(flag) !== 1);
    return index < 0 ? undefined : `member ${shown(items[index])} not on the target`;
  }
  const names = items.filter((_, index) => index % 2 === 0);
  const values = items.filter((_, index) => index % 2 === 1);
  const lookup = type === 'hash' ? 'HMGET' : 'ZMSCORE';
  const targetValues = await onTarget<(Buffer | null)[]>(read, lookup, ...names);
  for (const [index, name] of names.entries()) {
    const theirs = targetValues[index] ?? null;
    const ours = values[index];
    const word = type === 'hash' ? 'field' : 'member';
    if (theirs === null) return `${word} ${shown(name)} not on the target`;
    const same = type === 'hash' ? sameBytes(ours, theirs) : parseScore(ours) === parseScore(theirs);
    if (!same)
      return `${word} ${shown(name)}: ${describe(ours, type)} on the source, ${describe(theirs, type)} on the target`;
  }
  return undefined;
}

function describe(value: unknown, type: keyof typeof collections): string {
  if (type === 'zset') return `score ${String(value)}`;
  return Buffer.isBuffer(value) ? `${value.length} bytes` : String(value);
}

function shown(name: Buffer | undefined): string {
  return JSON.stringify(displayKey(name ?? Buffer.alloc(0)));
}
