import type { RepairRead } from '../models/RepairRead.js';

/**
 * Whether the other side already agrees with the authoritative one: both absent, or the same
 * content with expiries within `toleranceMs` (a key expiring before `now` + tolerance on the
 * authoritative side may be absent on the other).
 */
export function sidesAgree(
  authoritative: RepairRead,
  other: RepairRead,
  toleranceMs: number,
  now: number,
): boolean {
  if (authoritative.kind === 'absent' || other.kind === 'absent') {
    const expiring =
      authoritative.kind === 'present' &&
      authoritative.expiresAt >= 0 &&
      authoritative.expiresAt <= now + toleranceMs;
    return authoritative.kind === other.kind || (other.kind === 'absent' && expiring);
  }
  if (authoritative.content !== other.content) return false;
  if (authoritative.expiresAt < 0 || other.expiresAt < 0) return authoritative.expiresAt === other.expiresAt;
  return Math.abs(authoritative.expiresAt - other.expiresAt) <= toleranceMs;
}
