/** What a command reads and writes besides Redis: injected, so tests run the CLI in-process too. */
export interface CliContext {
  /** The environment the `SOURCE_REDIS_*` and `TARGET_REDIS_*` variables are read from (`process.env`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the result goes: the report lines, or the `--json` result line. */
  readonly stdout: NodeJS.WritableStream;
  /** Where progress, information and warnings go. */
  readonly stderr: NodeJS.WritableStream & {
    /** `true` on a terminal: progress is drawn as a bar instead of periodic lines. */
    readonly isTTY?: boolean;
  };
  /** Where SIGINT/SIGTERM come from (the process, or a test's emitter). */
  readonly signals: Pick<NodeJS.Process, 'once' | 'removeListener'>;
}
