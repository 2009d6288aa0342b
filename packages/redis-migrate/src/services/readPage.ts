import type { KeyRead } from '../calculations/readScript.js';
import type { CopyContext } from '../models/CopyContext.js';
import { readKeys } from './readKeys.js';

/**
 * Read a page of source keys with the page read script (`PageReader`); the keys it could not
 * read (a call that failed as a whole) are read again one command per key with `readKeys`, which
 * retries what is worth retrying.
 *
 * @returns the read of each key that could be read; failed keys are recorded and left out.
 * @throws MigrateError as `readKeys` (`SOURCE_UNREACHABLE`).
 */
export async function readPage(context: CopyContext, keys: readonly Buffer[]): Promise<[Buffer, KeyRead][]> {
  await context.throttle(keys.length);
  const pageReads = await context.sourcePages.read(keys, context.options.bigKeyBytes);
  const reads: [Buffer, KeyRead][] = [];
  const unread: Buffer[] = [];
  keys.forEach((key, index) => {
    const read = pageReads[index];
    if (read?.kind === 'big') reads.push([key, { kind: 'big', size: read.size }]);
    else if (read?.kind === 'missing' || read?.kind === 'value') reads.push([key, read]);
    // Not read (or a digest, which the copy's reader never asks for): one command per key.
    else unread.push(key);
  });
  if (unread.length > 0) reads.push(...(await readKeys(context, unread)));
  return reads;
}
