import { RedisError } from '@org/redis-interface';
import { classifyFailure } from '../calculations/classifyFailure.js';
import { decodeKeyRead, type KeyRead } from '../calculations/readScript.js';
import type { CopyContext } from '../models/CopyContext.js';
import { MigrateError } from '../models/MigrateError.js';
import { execOrTransient } from './execOrTransient.js';
import { failKey } from './failKey.js';
import { retrying } from './retrying.js';

/**
 * Read `keys` from the source with the read script, one pipeline per try: transient failures
 * (a failover, a timeout) and NOSCRIPT are retried for `retryForMs`.
 * @returns the read of each key that could be read, in order; failed keys are recorded and left out.
 * @throws MigrateError `SOURCE_UNREACHABLE` when the source kept failing.
 */
export async function readKeys(context: CopyContext, keys: readonly Buffer[]): Promise<[Buffer, KeyRead][]> {
  const reads: [Buffer, KeyRead][] = [];
  let pending = keys;
  let lastError: RedisError | undefined;
  const done = await retrying(context.options.retryForMs, async () => {
    await context.throttle(pending.length);
    let sha: string;
    try {
      sha = await context.scriptSha();
    } catch (error) {
      // SCRIPT LOAD goes to every master: during a failover one of them is down.
      if (!RedisError.is(error) || classifyFailure(error) !== 'transient') throw error;
      lastError = error;
      return false;
    }
    const pipeline = context.source.pipeline();
    const limit = [context.options.bigKeyBytes];
    for (const key of pending) pipeline.bytes.evalsha(sha, [key], limit);
    const results = await execOrTransient(pipeline);
    if (results instanceof Error) {
      lastError = results;
      return false;
    }
    const now = Date.now();
    const again: Buffer[] = [];
    let noScript = false;
    for (const [index, result] of results.entries()) {
      const key = pending[index] as Buffer;
      if (result.ok) {
        const read = decodeKeyRead(result.value, now);
        if (read === undefined)
          failKey(context, key, 'SERVER_ERROR', 'the read script returned an unexpected reply');
        else reads.push([key, read]);
        continue;
      }
      const kind = classifyFailure(result.error);
      if (kind === 'noScript') noScript = true;
      if (kind === 'transient' || kind === 'noScript') {
        lastError = result.error;
        again.push(key);
      } else {
        failKey(context, key, result.error.code, result.error.message);
      }
    }
    if (noScript) await context.reloadScript().catch(() => undefined);
    pending = again;
    return again.length === 0;
  });
  if (!done) {
    throw new MigrateError(
      'SOURCE_UNREACHABLE',
      `The source kept failing for ${context.options.retryForMs} ms: ${lastError?.message ?? 'no answer'}`,
      { cause: lastError },
    );
  }
  return reads;
}
