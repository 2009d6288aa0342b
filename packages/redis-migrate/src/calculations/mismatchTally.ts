import {
  mismatchKinds,
  type MismatchCounts,
  type MismatchKind,
  type VerifyMismatch,
} from '../models/VerifyMismatch.js';

/** Counts every difference by kind and keeps the first few to show. */
export interface MismatchTally {
  record(mismatch: VerifyMismatch): void;
  /** Counts so far, every kind present (0 when none). */
  counts(): MismatchCounts;
  /** The first `keep` differences recorded, in order. */
  first(): readonly VerifyMismatch[];
  /** All counts are 0. */
  clean(): boolean;
}

/** A tally that keeps at most `keep` differences (`--max-mismatches`) and counts all of them. */
export function createMismatchTally(keep: number): MismatchTally {
  const counts = Object.fromEntries(mismatchKinds.map((kind) => [kind, 0])) as Record<MismatchKind, number>;
  const first: VerifyMismatch[] = [];
  return {
    record: (mismatch) => {
      counts[mismatch.kind] += 1;
      if (first.length < keep) first.push(mismatch);
    },
    counts: () => ({ ...counts }),
    first: () => [...first],
    clean: () => mismatchKinds.every((kind) => counts[kind] === 0),
  };
}
