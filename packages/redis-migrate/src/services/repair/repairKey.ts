import type { IRedisService } from '@org/redis-interface';
import { compareAndRepairLua } from '../../calculations/repairScripts.js';
import { sidesAgree } from '../../calculations/repairVerdict.js';
import type { RepairRead } from '../../models/RepairRead.js';
import { readForRepair } from './readForRepair.js';

/** How the repair of one key ended. */
export type KeyRepairOutcome = 'agreed' | 'repaired' | 'changed';

/** The two sides of a repair and its rules. */
export interface KeyRepairSides {
  /** The side whose value is right (`--authoritative`). */
  readonly authoritative: IRedisService;
  readonly other: IRedisService;
  readonly ttlToleranceMs: number;
  /** Compare-and-set attempts before a key that keeps changing is left (`changed`). */
  readonly attempts: number;
  /** Wait between attempts, letting the application's second write land. */
  readonly settleMs: number;
}

/**
 * Make `key` on the other side what it is on the authoritative side, never over an application
 * write, and never under one still on its way: read both (one script each) and stop if they agree;
 * else wait `settleMs` and read both again. Stop if they agree now (`agreed`: the application's
 * replay landed meanwhile). Repair only when the authoritative side held the same value on both
 * reads: a key it changed meanwhile may have a second write in flight to the other side, and
 * copying the value over it would make that write apply twice when it lands (an INCR counted
 * twice, an LPUSH pushed twice). The repair is a compare-and-set of the other side
 * (`compareAndRepairLua`): RESTORE … REPLACE ABSTTL of the authoritative value, or DEL when the
 * authoritative side has none, only if the other side still holds what was read. A key that keeps
 * changing is read again up to `attempts` times; then it is `changed` (left in the repair set for
 * the next run, when the application leaves it alone for a moment).
 *
 * @throws RedisError from the reads and the write (`OUT_OF_MEMORY`…).
 */
export async function repairKey(sides: KeyRepairSides, key: Buffer): Promise<KeyRepairOutcome> {
  const read = (): Promise<[RepairRead, RepairRead]> =>
    Promise.all([readForRepair(sides.authoritative, key), readForRepair(sides.other, key)]);
  const first = await read();
  if (sidesAgree(first[0], first[1], sides.ttlToleranceMs, Date.now())) return 'agreed';
  let before = first[0];
  for (let attempt = 0; attempt < sides.attempts; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, sides.settleMs));
    const [right, other] = await read();
    if (sidesAgree(right, other, sides.ttlToleranceMs, Date.now())) return 'agreed';
    const quiet = sidesAgree(before, right, 0, Date.now());
    if (quiet && (await compareAndRepair(sides.other, key, right, other))) return 'repaired';
    before = right;
  }
  return 'changed';
}

async function compareAndRepair(
  service: IRedisService,
  key: Buffer,
  right: RepairRead,
  seen: RepairRead,
): Promise<boolean> {
  const expected = seen.kind === 'present' ? [seen.exact, String(seen.expiresAt)] : ['', '-2'];
  const value =
    right.kind === 'present'
      ? [right.payload, right.expiresAt < 0 ? '0' : String(right.expiresAt)]
      : ['', '0'];
  const reply = await service.bytes.eval(compareAndRepairLua, [key], [...expected, ...value]);
  return Number(reply) === 1;
}
