import { splitByBytes } from '../calculations/splitByBytes.js';
import type { CopyContext } from '../models/CopyContext.js';
import { addCounters, emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import type { KeyPayload } from './writeKeys.js';

/** Payload bytes per write script at most. */
const maxScriptBytes = 4 * 1024 * 1024;

/**
 * The shape of a page write, offline or live: keys already expired are counted and left out, the
 * others grouped by target master and cut at 4 MB of payload, each part written by `writePart`
 * (one script call, returning the entries it could not write), and those entries written one by
 * one by `writeRest`.
 *
 * @param context - the copy's context.
 * @param entries - the page's keys and payloads.
 * @param writePart - writes one part, adding to the counters; resolves the entries left to retry.
 * @param writeRest - writes the entries left, one command each.
 */
export async function writeInScriptParts(
  context: CopyContext,
  entries: readonly KeyPayload[],
  writePart: (part: readonly KeyPayload[], counters: CopyCounters) => Promise<KeyPayload[]>,
  writeRest: (entries: KeyPayload[]) => Promise<CopyCounters>,
): Promise<CopyCounters> {
  const counters = emptyCounters();
  const now = Date.now();
  const live = entries.filter((entry) => entry.expiresAt === undefined || entry.expiresAt > now);
  counters.expired += entries.length - live.length;
  const retry: KeyPayload[] = [];
  const groups = await context.targetGroups.group(live, (entry) => entry.key);
  await Promise.all(
    groups
      .flatMap((group) => splitByBytes(group, (entry) => entry.payload.length, maxScriptBytes))
      .map(async (part) => {
        const failed = await writePart(part, counters);
        retry.push(...failed);
      }),
  );
  if (retry.length > 0) addCounters(counters, await writeRest(retry));
  return counters;
}
