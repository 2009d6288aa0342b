import { groupBySlot } from '@org/redis-core';

/**
 * MGET split per hash slot by hand, as an application on a plain cluster client would write it:
 * group the keys by slot, one MGET per group, all in parallel, values put back in the caller's
 * order.
 *
 * @param keys - keys over any slots (no key prefix).
 * @param mget - the client's single-slot MGET.
 */
export async function mgetBySlot(
  keys: readonly string[],
  mget: (keys: string[]) => Promise<readonly (string | null)[]>,
): Promise<(string | null)[]> {
  const values = new Array<string | null>(keys.length).fill(null);
  await Promise.all(
    groupBySlot(keys, '').map(async (positions) => {
      const reply = await mget(positions.map((position) => keys[position] ?? ''));
      positions.forEach((position, index) => (values[position] = reply[index] ?? null));
    }),
  );
  return values;
}

/**
 * MSET split per hash slot by hand: one MSET per slot group, in parallel (not atomic as a whole).
 *
 * @param keys - keys over any slots (no key prefix).
 * @param values - the value of each key, same positions.
 * @param mset - the client's single-slot MSET, taking `key, value, key, value…`.
 */
export async function msetBySlot(
  keys: readonly string[],
  values: readonly string[],
  mset: (flat: string[]) => Promise<unknown>,
): Promise<void> {
  await Promise.all(
    groupBySlot(keys, '').map((positions) =>
      mset(positions.flatMap((position) => [keys[position] ?? '', values[position] ?? ''])),
    ),
  );
}
