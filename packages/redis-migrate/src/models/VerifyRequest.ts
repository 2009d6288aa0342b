import type { KeySample } from '../calculations/parseSampleFlag.js';
import type { MismatchTally } from '../calculations/mismatchTally.js';
import type { RateLimiter } from '../services/createRateLimiter.js';
import type { Endpoint } from './Endpoint.js';
import type { ProgressHandle } from './Progress.js';
import type { MismatchCounts, VerifyMismatch } from './VerifyMismatch.js';

/** What `verify` compares, and how. */
export interface VerifyRequest {
  readonly source: Endpoint;
  readonly target: Endpoint;
  /** SCAN COUNT, keys per pipeline and elements per chunk (`--batch`). */
  readonly batch: number;
  readonly sample: KeySample;
  readonly ttlToleranceMs: number;
  readonly bigKeyBytes: number;
  readonly maxMismatches: number;
  /** Paces the commands sent to the source (`--max-ops-per-second`). */
  readonly limiter: RateLimiter;
  readonly progress: ProgressHandle;
  /** Keys left out of the comparison on both sides (`verify --repair`: the move's control keys). */
  readonly ignoreKey?: ((key: Buffer) => boolean) | undefined;
  /** Called with every key found differing, each time a difference is recorded (`verify --repair` collects them). */
  readonly onMismatchKey?: ((key: Buffer) => void) | undefined;
}

/** What `verify` found. */
export interface VerifyOutcome {
  /** Source keys compared with the target (in the sample). */
  readonly keysChecked: number;
  /**
   * Of those, the keys the target confirmed alike from what the source packed (Redis 7+ on both
   * sides, see `PageMatcher`); the others were read on both sides and compared by the client.
   */
  readonly confirmedByTarget: number;
  /**
   * Target keys accounted for (in the sample): looked up on the source one by one (`lookup`), or
   * known to be exactly the source keys found there by the target's key count (`count`).
   */
  readonly extraKeysChecked: number;
  readonly extraKeysBy: 'lookup' | 'count';
  readonly mismatches: MismatchCounts;
  /** The first `maxMismatches` differences. */
  readonly firstMismatches: readonly VerifyMismatch[];
  /** Payload (or digested) bytes the source read for the comparison, once per key: for the progress line. */
  readonly bytes: number;
  /** Every count is 0. */
  readonly clean: boolean;
}

/** What the walks of one `verify` share: the differences found and the counts shown. */
export interface VerifyTally {
  readonly mismatches: MismatchTally;
  /** `confirmed`: source keys the target confirmed alike without being read (`PageMatcher`). */
  readonly counters: { keys: number; bytes: number; extra: number; confirmed: number };
  /** Show the counts so far (the progress line). */
  readonly report: () => void;
}
