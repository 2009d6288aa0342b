import { replyRecord } from '../../calculations/replyRecord.js';
import type { ChunkCopyContext } from '../../models/ChunkCopyContext.js';
import type { RedisValue } from '@org/redis-interface';
import { pendingPages, readStreamGroups } from './readStreamGroups.js';
import { streamScripts } from './streamScripts.js';

/**
 * Recreate the source stream's consumer groups on the temporary stream: each group at its
 * last-delivered ID with its `entries-read` (so its lag matches), every consumer (those without
 * pending entries too), and every pending entry with its consumer, idle time and delivery count.
 *
 * @remarks The consumers' own idle/seen times cannot be set: they restart at the copy.
 * @returns how many groups were created.
 */
export async function copyStreamGroups(context: ChunkCopyContext): Promise<number> {
  const { claimPending } = streamScripts(context.target);
  const groups = await readStreamGroups(context);
  for (const group of groups) {
    const entriesRead = group.entriesRead === null ? [] : ['ENTRIESREAD', group.entriesRead];
    await context.write('XGROUP', 'CREATE', context.temp, group.name, group.lastDeliveredId, ...entriesRead);
    const consumers = (await context.read('XINFO', 'CONSUMERS', context.key, group.name)) as unknown[];
    const creations: RedisValue[] = [];
    for (const consumer of consumers) creations.push(replyRecord(consumer).get('name') as Buffer, '', 0, 0);
    for (let start = 0; start < creations.length; start += context.chunk * 4) {
      await claimPending.run(
        [context.temp],
        [group.name, ...creations.slice(start, start + context.chunk * 4)],
      );
    }
    for await (const page of pendingPages(context, group.name)) {
      const claims = page.flatMap((entry) => [entry.consumer, entry.id, entry.idleMs, entry.deliveries]);
      await claimPending.run([context.temp], [group.name, ...claims]);
    }
  }
  return groups.length;
}
