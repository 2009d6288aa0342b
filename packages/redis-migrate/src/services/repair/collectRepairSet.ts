import type { IRedisService } from '@org/redis-interface';

/**
 * Add the members of a side's repair set to `into` (keyed by their bytes, so each key is repaired
 * once), stopping at `limit` keys in all.
 *
 * @returns how many members were left out past the limit (0 when all fit).
 */
export async function collectRepairSet(
  service: IRedisService,
  setKey: string,
  into: Map<string, Buffer>,
  limit: number,
): Promise<number> {
  let left = 0;
  for await (const member of service.sscan(setKey, { count: 500 })) {
    const key = Buffer.from(member);
    const id = key.toString('hex');
    if (into.has(id)) continue;
    if (into.size < limit) into.set(id, key);
    else left += 1;
  }
  return left;
}
