import type { RedisMode } from '@org/redis-interface';
import type { ResultRow } from './Results.js';
import type { ClientId, ScenarioId } from './Scenario.js';

/** One row of the results table. */
export interface RowRef {
  readonly scenario: ScenarioId;
  readonly mode: RedisMode;
  readonly client: ClientId;
}

/** One ratio a target is judged on: numerator row's ops/s over denominator row's, same run. */
export interface TargetCheckSpec {
  /** e.g. `standalone, sequential`. */
  readonly label: string;
  readonly numerator: RowRef;
  readonly denominator: RowRef;
}

/** A performance target of the issue. */
export interface TargetSpec {
  /** 1-based number, as listed in the report. */
  readonly id: number;
  /** What is compared, e.g. `Single-key overhead vs raw ioredis (identical options)`. */
  readonly title: string;
  /** The lowest ratio that meets it (every check must reach it). */
  readonly minimum: number;
  readonly checks: readonly TargetCheckSpec[];
  /** What the comparison really measures, where it differs from the wording. */
  readonly note?: string;
  /** Where the time goes, shown when the target is missed. */
  readonly whyMissed: string;
  /** This run's figures behind `whyMissed` (CPU per op, the ratio a peer reached…). */
  readonly explain?: (rows: readonly ResultRow[]) => string;
}

/** One check, measured. */
export interface CheckResult {
  readonly label: string;
  /** Undefined when a row is missing or failed. */
  readonly ratio?: number;
  readonly met?: boolean;
}

/** A target, measured. */
export interface TargetResult {
  readonly spec: TargetSpec;
  readonly checks: readonly CheckResult[];
  /** Every check met; undefined when one could not be measured. */
  readonly met?: boolean;
  /** The lowest ratio of its checks. */
  readonly worst?: number;
  /** This run's figures explaining a miss (from the spec's `explain`). */
  readonly detail?: string;
}
