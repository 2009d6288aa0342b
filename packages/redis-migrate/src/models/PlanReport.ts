import type { DurationEstimate } from '../calculations/estimateDuration.js';
import type { OtherDatabase } from '../calculations/otherDatabases.js';

/** One source master's figures, from its own `INFO keyspace` and `INFO memory`. */
export interface PlanNode {
  /** `host:port`. */
  readonly node: string;
  /** Keys in the database the copy reads. */
  readonly keys: number;
  /** `used_memory`, in bytes (every database of the node). */
  readonly usedMemory: number;
}

/** One of the biggest sampled keys. */
export interface BigKey {
  /** The key, as text (not UTF-8 bytes replaced). */
  readonly key: string;
  /** `MEMORY USAGE … SAMPLES 5`, in bytes. */
  readonly bytes: number;
  /** `string`, `hash`, … */
  readonly type: string;
  /** Above `--big-key-bytes`: a copy moves it element by element instead of with one DUMP. */
  readonly big: boolean;
}

/** One side as the plan saw it. */
export interface PlanSide {
  readonly mode: string;
  readonly version: string;
  readonly description: string;
}

/** What `plan` reports. */
export interface PlanReport {
  readonly command: 'plan';
  /** A copy can go ahead (the target can load the source's payloads). */
  readonly ok: boolean;
  readonly source: PlanSide & {
    readonly db: number;
    readonly keys: number;
    readonly nodes: readonly PlanNode[];
  };
  /** `keys`: DBSIZE of the target, whatever their prefix. */
  readonly target: PlanSide & { readonly keys: number };
  /** Whether the target can RESTORE the source's DUMP payloads, and why. */
  readonly compatible: boolean;
  readonly compatibility: string;
  /** The RDB version in a sampled DUMP payload's trailer; `undefined` when the source has no key. */
  readonly rdbVersion: number | undefined;
  readonly otherDatabases: readonly OtherDatabase[];
  /** The top 10 of the sample, biggest first. */
  readonly biggestKeys: readonly BigKey[];
  /** Keys whose size was sampled, over every node. */
  readonly sampledKeys: number;
  readonly estimate: DurationEstimate;
  /** Warnings also printed on their own (a non-empty target…). */
  readonly warnings: readonly string[];
}
