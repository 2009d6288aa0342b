import type { RedisError } from '@org/redis-interface';
import { classifyFailure } from '../calculations/classifyFailure.js';
import { displayKey } from '../calculations/displayKey.js';
import type { CopyContext } from '../models/CopyContext.js';
import { emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import { MigrateError } from '../models/MigrateError.js';
import { execOrTransient } from './execOrTransient.js';
import { failKey } from './failKey.js';
import { payloadFingerprint } from './live/compareAndDelete.js';
import { retrying } from './retrying.js';

/** One key ready for the target: its DUMP payload and absolute expiry (ms), if any. */
export interface KeyPayload {
  readonly key: Buffer;
  readonly payload: Buffer;
  readonly expiresAt: number | undefined;
}

/** A key `copy --live` restored, and the fingerprint of the value it restored (see `liveCopyScripts`). */
export interface RestoredKey {
  readonly key: Buffer;
  readonly fingerprint: string;
}

/** Payload bytes per target pipeline at most, so a page of large values is sent in parts. */
const maxPipelineBytes = 8 * 1024 * 1024;

/**
 * RESTORE … ABSTTL every entry on the target, pipelined (split at 8 MB of payload). RESTORE is
 * atomic per key: a key is on the target whole or not at all. A key whose write may have gone
 * through before a failure (a timeout) is sent again with REPLACE unless `--on-existing skip`.
 *
 * @param restored - `copy --live`: receives each restored key with its source payload's fingerprint.
 * @returns the counters of the written keys (`copied`, `skippedExisting` or, live, `skippedNewer`,
 *   `expired`, `failed`, `bytes`).
 * @throws MigrateError `TARGET_NOT_EMPTY` (a key exists and `--on-existing fail`), `TARGET_FULL`,
 *   `INCOMPATIBLE_VERSIONS`, `TARGET_UNREACHABLE` (still failing after `retryForMs`).
 */
export async function writeKeys(
  context: CopyContext,
  entries: readonly KeyPayload[],
  restored?: RestoredKey[],
): Promise<CopyCounters> {
  const counters = emptyCounters();
  for (let start = 0; start < entries.length;) {
    let end = start;
    for (let bytes = 0; end < entries.length && (end === start || bytes < maxPipelineBytes); end += 1) {
      bytes += (entries[end] as KeyPayload).payload.length;
    }
    await writePart(context, entries.slice(start, end), counters, restored);
    start = end;
  }
  return counters;
}

async function writePart(
  context: CopyContext,
  entries: readonly KeyPayload[],
  counters: CopyCounters,
  restored: RestoredKey[] | undefined,
): Promise<void> {
  const { onExisting, retryForMs } = context.options;
  let pending = entries;
  let replace = context.replace;
  let lastError: RedisError | undefined;
  const done = await retrying(retryForMs, async () => {
    const pipeline = context.target.pipeline();
    const now = Date.now();
    const sent: KeyPayload[] = [];
    for (const entry of pending) {
      // Expired since it was read: RESTORE would answer OK and create nothing.
      if (entry.expiresAt !== undefined && entry.expiresAt <= now) {
        counters.expired += 1;
        continue;
      }
      const expiry = entry.expiresAt === undefined ? {} : { expiresAt: new Date(entry.expiresAt) };
      pipeline.restore(entry.key, entry.payload, { ...expiry, replace });
      sent.push(entry);
    }
    const results = await execOrTransient(pipeline);
    if (results instanceof Error) {
      lastError = results;
      pending = sent;
      return false;
    }
    const again: KeyPayload[] = [];
    results.forEach((result, index) => {
      const entry = sent[index] as KeyPayload;
      if (result.ok) {
        counters.copied += 1;
        counters.bytes += entry.payload.length;
        restored?.push({ key: entry.key, fingerprint: payloadFingerprint(entry.payload) });
        return;
      }
      const kind = classifyFailure(result.error);
      if (kind === 'transient') {
        lastError = result.error;
        again.push(entry);
      } else if (kind === 'exists' && onExisting === 'skip') {
        if (context.options.live === undefined) counters.skippedExisting += 1;
        else counters.skippedNewer += 1;
      } else if (kind === 'key') {
        counters.failed += 1;
        failKey(context, entry.key, result.error.code, result.error.message);
      } else {
        throw fatal(kind, entry.key, result.error);
      }
    });
    pending = again;
    // The first try may have written a key before timing out: only we can have written it.
    replace = replace || onExisting === 'fail';
    return again.length === 0;
  });
  if (!done) {
    throw new MigrateError(
      'TARGET_UNREACHABLE',
      `The target kept failing for ${retryForMs} ms: ${lastError?.message ?? 'no answer'}`,
      { cause: lastError },
    );
  }
}

function fatal(kind: string, key: Buffer, error: RedisError): MigrateError {
  if (kind === 'exists') {
    return new MigrateError(
      'TARGET_NOT_EMPTY',
      `The key ${displayKey(key)} already exists on the target: pass --on-existing skip or replace, or empty the target`,
      { cause: error },
    );
  }
  if (kind === 'full') {
    return new MigrateError(
      'TARGET_FULL',
      `The target is out of memory (OOM) writing ${displayKey(key)}: raise its maxmemory or add masters, then copy --resume`,
      { cause: error },
    );
  }
  return new MigrateError(
    'INCOMPATIBLE_VERSIONS',
    `The target cannot read the source's DUMP payload of ${displayKey(key)}: the target must run the same Redis as the source or newer`,
    { cause: error },
  );
}
