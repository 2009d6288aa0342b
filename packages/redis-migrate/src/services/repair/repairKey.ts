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
 * write: read both (one script each), stop if they agree (`agreed`: the application's replay landed
 * during the settle delay), else compare-and-set the other side (`compareAndRepairLua`): RESTORE …
 * REPLACE ABSTTL of the authoritative value, or DEL when the authoritative side has none, only if
 * the other side still holds what was read. A refused write (the key changed) is tried again after
 * `settleMs`, up to `attempts` times; then it is `changed` (the application keeps writing it: left
 * for the next run).
 *
 * @throws RedisError from the reads and the write (`OUT_OF_MEMORY`…).
 */
export async function repairKey(sides: KeyRepairSides, key: Buffer): Promise<KeyRepairOutcome> {
  for (let attempt = 0; attempt < sides.attempts; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, sides.settleMs));
    const [right, other] = await Promise.all([
      readForRepair(sides.authoritative, key),
      readForRepair(sides.other, key),
    ]);
    if (sidesAgree(right, other, sides.ttlToleranceMs, Date.now())) return 'agreed';
    if (await compareAndRepair(sides.other, key, right, other)) return 'repaired';
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
