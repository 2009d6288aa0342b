/** What `copy` does with a key that already exists on the target. */
export type OnExisting = 'fail' | 'skip' | 'replace';

/** The settings of one copy run (the flags of `redis-migrate copy`). */
export interface CopyOptions {
  /** `fail` (default: the target must be empty and no key is overwritten), `skip` or `replace`. */
  readonly onExisting: OnExisting;
  /** SCAN COUNT and keys per pipeline. */
  readonly batch: number;
  /** Pages in flight per source node (read while the previous pages are written). */
  readonly inflight: number;
  /** Commands per second sent to the source, at most; undefined for no cap. */
  readonly maxOpsPerSecond: number | undefined;
  /** Keys whose `MEMORY USAGE` exceeds this many bytes are copied element by element; 0 never. */
  readonly bigKeyBytes: number;
  /** Only keys matching this SCAN pattern (after the source's `keyPrefix`); undefined for all. */
  readonly match: string | undefined;
  /** The checkpoint file. */
  readonly checkpointPath: string;
  /** How often the checkpoint is written while copying. */
  readonly checkpointIntervalMs: number;
  /** Carry on from the checkpoint instead of starting over. */
  readonly resume: boolean;
  /** How long a failing node (failover, timeouts) is retried before the copy gives up. */
  readonly retryForMs: number;
  /**
   * `copy --live`: a backfill while the application writes both sides (`dual-write`). Never
   * overwrites (RESTORE without REPLACE: BUSYKEY counts as `skippedNewer`), undoes a RESTORE whose
   * key the application deleted on the source meanwhile, and puts in the repair set the keys it
   * cannot settle itself. Requires `onExisting: 'skip'`. See docs/live-migration-races.md.
   */
  readonly live?: LiveCopyOptions | undefined;
}

/** The settings of a live copy. */
export interface LiveCopyOptions {
  /** The move's control key: its `:repair` set (on the target) receives the keys left for `verify --repair`. */
  readonly controlKey: string;
  /**
   * Test seam, not a flag: runs after a page's keys were read from the source and before they are
   * written to the target (a big key: after its elements were built, before it is put in place),
   * so that a test can run an application write in between, deterministically.
   */
  readonly afterRead?: ((keys: readonly Buffer[]) => Promise<void>) | undefined;
}
