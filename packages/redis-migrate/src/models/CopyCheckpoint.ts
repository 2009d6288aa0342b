import type { CopyCounters } from './CopyCounters.js';

/** Where the walk of one source node stands. */
export interface NodeProgress {
  /** The SCAN cursor to go on from; `'0'` with `done` when the node is finished. */
  readonly cursor: string;
  readonly done: boolean;
  /** What the committed pages of this node did. */
  readonly counters: CopyCounters;
}

/**
 * The checkpoint file of a copy: enough to carry on after a crash, a kill or Ctrl-C, and to
 * refuse a resume against other servers or options. Written atomically (temp file + rename).
 */
export interface CopyCheckpoint {
  readonly kind: 'redis-migrate-copy';
  readonly version: 1;
  /** What must match for `--resume`: both endpoints and the options that decide which keys are copied. */
  readonly identity: CheckpointIdentity;
  /** `running` while copying (or after a crash), `interrupted` after a signal, `done` at the end. */
  readonly status: 'running' | 'interrupted' | 'done';
  /** When the first run started and when this file was written (ISO 8601). */
  readonly startedAt: string;
  readonly savedAt: string;
  /** When the copy finished (ISO 8601): writes after it happened on whichever side the app used. */
  readonly finishedAt?: string | undefined;
  /** Per source node (`host:port`). */
  readonly nodes: Readonly<Record<string, NodeProgress>>;
}

/** The part of a checkpoint a resume must match. */
export interface CheckpointIdentity {
  readonly source: string;
  readonly target: string;
  readonly match: string | null;
  readonly onExisting: string;
}
