import type { KeyState } from '../models/KeyState.js';
import type { MismatchKind } from '../models/VerifyMismatch.js';
import { rdbTypeName } from './rdbTypeName.js';

/** How to compare, for {@link compareKeyStates}. */
export interface KeyComparison {
  /** Both sides run the same `redis_version`, so equal values give equal DUMP bytes (usually). */
  readonly sameVersion: boolean;
  /** Largest expiry difference that is not a difference, in ms (`--ttl-tolerance`). */
  readonly ttlToleranceMs: number;
  /** When the reads were made (Unix ms): a key expiring before this plus the tolerance may be gone. */
  readonly now: number;
}

/** One difference {@link compareKeyStates} is sure of. */
export interface StateDifference {
  readonly kind: MismatchKind;
  readonly detail: string;
}

/**
 * What the two reads of one key tell: `skip` (gone from the source meanwhile: not a difference),
 * the differences already certain, and whether the values still need a per-type comparison
 * (`compareKeyContents`): when the payloads differ, when the versions differ (DUMP bytes hold the RDB
 * version and the encoding), when the digests differ, when one side was digested and the other
 * dumped, or when a side was too big to DUMP.
 */
export type StateVerdict =
  | { readonly verdict: 'skip' }
  | {
      readonly verdict: 'compared';
      readonly differences: readonly StateDifference[];
      readonly needsContents: boolean;
    };

/** Compare what the source and target reads of one key returned. */
export function compareKeyStates(source: KeyState, target: KeyState, how: KeyComparison): StateVerdict {
  if (source.kind === 'missing') return { verdict: 'skip' };
  if (target.kind === 'missing') {
    // The copy does not restore a key whose expiry has passed; neither does Redis keep it.
    if (source.expiresAt !== undefined && source.expiresAt <= how.now + how.ttlToleranceMs) {
      return { verdict: 'skip' };
    }
    return {
      verdict: 'compared',
      differences: [{ kind: 'missing', detail: 'not on the target' }],
      needsContents: false,
    };
  }
  const differences: StateDifference[] = [];
  const ttl = ttlDifference(source.expiresAt, target.expiresAt, how.ttlToleranceMs);
  if (ttl !== undefined) differences.push({ kind: 'ttlDiffers', detail: ttl });
  if (source.kind === 'dumped' && target.kind === 'dumped') {
    const sourceType = rdbTypeName(source.payload);
    const targetType = rdbTypeName(target.payload);
    if (sourceType !== undefined && targetType !== undefined && sourceType !== targetType) {
      differences.push({
        kind: 'typeDiffers',
        detail: `${sourceType} on the source, ${targetType} on the target`,
      });
      return { verdict: 'compared', differences, needsContents: false };
    }
    const identical = how.sameVersion && source.payload.equals(target.payload);
    return { verdict: 'compared', differences, needsContents: !identical };
  }
  if (source.kind === 'digested' && target.kind === 'digested') {
    if (source.type !== target.type) {
      differences.push({
        kind: 'typeDiffers',
        detail: `${source.type} on the source, ${target.type} on the target`,
      });
      return { verdict: 'compared', differences, needsContents: false };
    }
    // Digests do not depend on the version or the encoding; unequal ones are checked element by element.
    return { verdict: 'compared', differences, needsContents: source.digest !== target.digest };
  }
  return { verdict: 'compared', differences, needsContents: true };
}

/** Why two expiries differ, or `undefined` when they agree within the tolerance. */
export function ttlDifference(
  source: number | undefined,
  target: number | undefined,
  toleranceMs: number,
): string | undefined {
  if (source === undefined && target === undefined) return undefined;
  if (source === undefined) return `no expiry on the source, expires at ${iso(target)} on the target`;
  if (target === undefined) return `expires at ${iso(source)} on the source, no expiry on the target`;
  const gap = Math.abs(source - target);
  return gap <= toleranceMs ? undefined : `expiries ${gap} ms apart (tolerance ${toleranceMs} ms)`;
}

function iso(at: number | undefined): string {
  return at === undefined ? 'never' : new Date(at).toISOString();
}
