/** Counters of a running phase (copy, verify, rollback), as reported to the user. */
export interface ProgressSnapshot {
  /** Keys handled so far (copied, verified…). */
  readonly keys: number;
  /** Payload bytes moved or compared so far. */
  readonly bytes: number;
  /** Keys that failed so far. */
  readonly errors: number;
  /** Keys expected in all (the source's key count), when known. */
  readonly total?: number | undefined;
}

/** A progress display for one phase. */
export interface ProgressHandle {
  /** Show the latest counters (cheap: displays throttle themselves). */
  update(snapshot: ProgressSnapshot): void;
  /** The phase ended: draw the last state and release the terminal. */
  stop(snapshot: ProgressSnapshot): void;
}

/**
 * Where a command's output goes. Three forms: a progress bar on a terminal, plain lines when
 * stderr is not a terminal, and one JSON object per line on stdout with `--json`.
 */
export interface Reporter {
  /** A line of information. */
  info(message: string): void;
  /** Something the user should look at, which did not stop the command. */
  warn(message: string): void;
  /** Start showing progress of a phase named `label`. */
  progress(label: string): ProgressHandle;
  /**
   * The command's result: `report` as one JSON line (`{"type":"result",…}`) with `--json`,
   * otherwise `lines` on stdout; resolves when it is written everywhere (`--report` file too).
   */
  result(report: Readonly<Record<string, unknown>>, lines: readonly string[]): Promise<void>;
}
