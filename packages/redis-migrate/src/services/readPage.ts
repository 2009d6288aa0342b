import type { CopyContext } from '../models/CopyContext.js';
import type { KeyRead } from '../calculations/readScript.js';
import { readKeys } from './readKeys.js';

/** Payload bytes one page read may return at most; the rest of the page is asked for again. */
const replyBudgetBytes = 4 * 1024 * 1024;

/**
 * Read a page of keys (all on one source node) with one script call per 4 MB of payload. When
 * the call fails as a whole (a key's slot moved, a failover, NOSCRIPT), the page is read again
 * one command per key with `readKeys`, which retries what is worth retrying.
 *
 * @returns the read of each key that could be read; failed keys are recorded and left out.
 */
export async function readPage(context: CopyContext, keys: readonly Buffer[]): Promise<[Buffer, KeyRead][]> {
  const reads: [Buffer, KeyRead][] = [];
  let pending = keys;
  while (pending.length > 0) {
    const first = pending[0] as Buffer;
    let replies: unknown;
    try {
      await context.throttle(pending.length);
      const sha = await context.pageRead.sha();
      replies = await context.source.bytes.evalsha(
        sha,
        [first],
        [context.options.bigKeyBytes, replyBudgetBytes, first, ...pending],
      );
    } catch {
      reads.push(...(await readKeys(context, pending)));
      return reads;
    }
    const now = Date.now();
    const again: Buffer[] = [];
    const list = Array.isArray(replies) ? (replies as unknown[]) : [];
    pending.forEach((key, index) => {
      const reply = list[index];
      if (Array.isArray(reply) && reply.length === 1 && reply[0] === -1) again.push(key);
      else {
        const read = decodePageReply(reply, now, context.absoluteExpiry);
        if (read === undefined) again.push(key);
        else reads.push([key, read]);
      }
    });
    // A reply of the wrong shape for every key would loop: finish those one command each.
    if (again.length === pending.length) {
      reads.push(...(await readKeys(context, again)));
      return reads;
    }
    pending = again;
  }
  return reads;
}

function decodePageReply(reply: unknown, now: number, absoluteExpiry: boolean): KeyRead | undefined {
  if (reply === null) return { kind: 'missing' };
  if (!Array.isArray(reply)) return undefined;
  const [first, expiry] = reply as unknown[];
  if (typeof first === 'number' && reply.length === 1) return { kind: 'big', size: first };
  if (!Buffer.isBuffer(first) || typeof expiry !== 'number') return undefined;
  if (expiry === -2) return { kind: 'missing' };
  if (expiry < 0) return { kind: 'value', payload: first, expiresAt: undefined };
  return { kind: 'value', payload: first, expiresAt: absoluteExpiry ? expiry : now + expiry };
}
