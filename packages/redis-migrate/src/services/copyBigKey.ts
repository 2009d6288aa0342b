import { randomBytes } from 'node:crypto';
import { sameSlotTempKey } from '../calculations/sameSlotTempKey.js';
import type { BigKeyCopy, BigKeyOutcome } from '../models/BigKeyCopy.js';
import type { ChunkCopyContext, ChunkTotals } from '../models/ChunkCopyContext.js';
import { MigrateError } from '../models/MigrateError.js';
import { SourceKeyChanged } from '../models/SourceKeyChanged.js';
import { copyListChunks } from './bigKey/copyListChunks.js';
import { copyScannedChunks } from './bigKey/copyScannedChunks.js';
import { copyStreamChunks } from './bigKey/copyStreamChunks.js';
import { copyStringChunks } from './bigKey/copyStringChunks.js';
import { createChunkCopyContext } from './bigKey/createChunkCopyContext.js';
import { finishBigKey } from './bigKey/finishBigKey.js';
import { readKeyPrefix } from './bigKey/readKeyPrefix.js';

export type { BigKeyCopy, BigKeyOutcome } from '../models/BigKeyCopy.js';

/** The chunk copier of each type that can be copied element by element. */
const copiers: Readonly<Record<string, (context: ChunkCopyContext) => Promise<ChunkTotals>>> = {
  string: copyStringChunks,
  hash: (context) => copyScannedChunks(context, 'hash'),
  set: (context) => copyScannedChunks(context, 'set'),
  zset: (context) => copyScannedChunks(context, 'zset'),
  list: copyListChunks,
  stream: copyStreamChunks,
};

/**
 * Copy one key too big for a single DUMP/RESTORE element by element, in chunks of `copy.chunk`
 * (strings in 1 MiB slices): HSCAN→HSET, SSCAN→SADD, ZSCAN→ZADD (exact scores), LRANGE→RPUSH (order
 * kept), GETRANGE→SET/APPEND, and streams XRANGE→XADD with their IDs, consumer groups, consumers,
 * pending entries (consumer, idle time, delivery count) and XSETID counters. Binary-safe throughout.
 *
 * @remarks
 * Never a half-written key under the real name: the value is built under a temporary key in the
 * real key's hash slot (see `sameSlotTempKey`; the target's `keyPrefix` is read once per service
 * with an EVAL), given the source's expiry (its `PEXPIRETIME` read at the start), then RENAMEd onto
 * the real name in one script, which checks `replace` atomically. On any failure the temporary key
 * is UNLINKed (best effort) and the error rethrown. Cluster: every write goes to the master serving
 * the key's slot; the source may be either mode.
 *
 * This is an online copy without locking: a key written while it is copied may end up with a mix of
 * old and new elements (an element added behind a SCAN cursor is missed, a list push shifts the
 * windows), and a later change of its TTL is not seen. `verify` afterwards finds such keys. A key
 * deleted, expired or retyped during the copy ends as `missing`, with nothing written. With
 * `replace`, RENAME frees the old target value synchronously unless the target runs with
 * `lazyfree-lazy-server-del yes`.
 *
 * @returns `copied` with the type, elements written and payload bytes read; `missing`; or `exists`
 *   (the target has the key and `replace` is false: checked first, and again at the RENAME).
 * @throws MigrateError `COPY_FAILED` for a type that cannot be chunked (a module's); RedisError
 *   from either side (`OUT_OF_MEMORY` on the target, `COMMAND_TIMEOUT`, `NO_PERMISSION`…).
 */
export async function copyBigKey(copy: BigKeyCopy): Promise<BigKeyOutcome> {
  const { source, target, key } = copy;
  await copy.beforeSourceCommand?.();
  const type = await source.type(key);
  if (type === 'none') return { status: 'missing' };
  const copier = copiers[type];
  if (copier === undefined) {
    throw new MigrateError(
      'COPY_FAILED',
      `The key ${JSON.stringify(key.toString())} is a ${type}, which cannot be copied in chunks: raise --big-key-bytes above its size so it is copied with DUMP/RESTORE`,
    );
  }
  if (!copy.replace && (await target.exists(key)) > 0) return { status: 'exists' };
  await copy.beforeSourceCommand?.();
  const expiry = await source.pexpiretime(key);
  if (expiry === -2) return { status: 'missing' };
  const temp = sameSlotTempKey(key, await readKeyPrefix(target), randomBytes(6).toString('hex'));
  let placed = false;
  try {
    const totals = await copier(createChunkCopyContext(copy, temp));
    await copy.beforeFinish?.();
    await copy.beforeSourceCommand?.();
    if ((await source.type(key)) !== type) return { status: 'missing' };
    const status = await finishBigKey(target, temp, key, copy.replace, expiry >= 0 ? expiry : undefined);
    placed = status === 'copied';
    return status === 'copied'
      ? { status, type, elements: totals.elements, bytes: totals.bytes }
      : { status };
  } catch (error) {
    if (error instanceof SourceKeyChanged) return { status: 'missing' };
    throw error;
  } finally {
    if (!placed) await target.unlink(temp).catch(() => undefined);
  }
}
