import type { IRedisService } from '@org/redis-interface';
import { chaosValue } from '../calculations/chaosValue.js';

const CHUNK = 500;

/**
 * How many acknowledged writes are not on the server: read every acked key back (MGET in chunks;
 * split by slot in a cluster) and count those whose value is not the one written.
 *
 * @param service - a connected service on the healed topology.
 * @param acked - keys whose write was acknowledged.
 * @param valueBytes - the size their values were written with (`chaosValue`).
 */
export async function countLost(
  service: IRedisService,
  acked: readonly string[],
  valueBytes: number,
): Promise<number> {
  let lost = 0;
  for (let start = 0; start < acked.length; start += CHUNK) {
    const keys = acked.slice(start, start + CHUNK);
    const values = await service.mget(keys);
    values.forEach((value, index) => {
      if (value !== chaosValue(keys[index] ?? '', valueBytes)) lost += 1;
    });
  }
  return lost;
}
