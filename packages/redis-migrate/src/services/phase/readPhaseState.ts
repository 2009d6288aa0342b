import {
  parseRedisMigrationControl,
  RedisError,
  type IRedisService,
  type RedisMigrationControl,
} from '@org/redis-interface';
import type { ControlKeyNames } from '../../calculations/phase/controlKeyNames.js';
import { parseVerifiedRecord } from '../../calculations/phase/verifiedRecordJson.js';
import { MigrateError } from '../../models/MigrateError.js';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';

/** What one side holds about the live move. */
export interface SidePhaseState {
  /** Its copy of the control key, `undefined` when absent. */
  readonly control: RedisMigrationControl | undefined;
  /** Its `<controlKey>:verified` record. */
  readonly verified: VerifiedRecord | undefined;
  /** Keys in its `<controlKey>:repair` set. */
  readonly repairPending: number;
}

/**
 * Read the control key, the verify record and the repair set's size on one side.
 *
 * @param side - `source` or `target`, for messages.
 * @throws MigrateError `CONTROL_INVALID` when the control key or the record is not a valid value;
 *   RedisError from the reads.
 */
export async function readSidePhaseState(
  service: IRedisService,
  names: ControlKeyNames,
  side: string,
): Promise<SidePhaseState> {
  const [control, verified, repairPending] = await Promise.all([
    service.get(names.control),
    service.get(names.verified),
    service.scard(names.repair),
  ]);
  return {
    control: control === null ? undefined : parseControl(control, names.control, side),
    verified:
      verified === null ? undefined : parseVerifiedRecord(verified, `${names.verified} on the ${side}`),
    repairPending,
  };
}

function parseControl(text: string, key: string, side: string): RedisMigrationControl {
  try {
    return parseRedisMigrationControl(text);
  } catch (error) {
    if (!RedisError.is(error)) throw error;
    throw new MigrateError('CONTROL_INVALID', `${key} on the ${side}: ${error.message}`, { cause: error });
  }
}

/** The newer of two verify records (by time), or the only one. */
export function newerRecord(
  first: VerifiedRecord | undefined,
  second: VerifiedRecord | undefined,
): VerifiedRecord | undefined {
  if (first === undefined || second === undefined) return first ?? second;
  return Date.parse(second.at) > Date.parse(first.at) ? second : first;
}
