/** What a copy did so far, per node and in total; saved in the checkpoint. */
export interface CopyCounters {
  /** Keys the SCAN returned. */
  scanned: number;
  /** Keys written to the target (big keys included). */
  copied: number;
  /** Keys that existed on the target and were left alone (`--on-existing skip`). */
  skippedExisting: number;
  /** Keys gone (expired or deleted) between the SCAN and their copy: not errors. */
  expired: number;
  /**
   * `copy --live`: keys the application wrote on the target before this copy's RESTORE reached it
   * (BUSYKEY): the target's value is newer and is kept.
   */
  skippedNewer: number;
  /**
   * `copy --live`: keys restored on the target and then deleted again because the application had
   * deleted them on the source meanwhile (compare-and-delete: only if unchanged since the RESTORE).
   */
  deletedMeanwhile: number;
  /** Keys copied element by element because they exceeded `--big-key-bytes`. */
  bigKeys: number;
  /** Keys that could not be copied; listed in the report. */
  failed: number;
  /** Payload bytes read from the source (DUMP payloads, big keys' elements). */
  bytes: number;
}

/** All counters at zero. */
export function emptyCounters(): CopyCounters {
  return {
    scanned: 0,
    copied: 0,
    skippedExisting: 0,
    expired: 0,
    skippedNewer: 0,
    deletedMeanwhile: 0,
    bigKeys: 0,
    failed: 0,
    bytes: 0,
  };
}

/** Add `from` into `into` (a checkpoint saved before the live counters existed counts them as 0). */
export function addCounters(
  into: CopyCounters,
  from: Readonly<Omit<CopyCounters, 'skippedNewer' | 'deletedMeanwhile'>> &
    Partial<Pick<CopyCounters, 'skippedNewer' | 'deletedMeanwhile'>>,
): void {
  into.scanned += from.scanned;
  into.copied += from.copied;
  into.skippedExisting += from.skippedExisting;
  into.expired += from.expired;
  into.skippedNewer += from.skippedNewer ?? 0;
  into.deletedMeanwhile += from.deletedMeanwhile ?? 0;
  into.bigKeys += from.bigKeys;
  into.failed += from.failed;
  into.bytes += from.bytes;
}
