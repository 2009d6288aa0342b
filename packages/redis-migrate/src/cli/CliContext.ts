/** What a command reads and writes besides Redis: injected, so tests run the CLI in-process too. */
export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Where SIGINT/SIGTERM come from (the process, or a test's emitter). */
  readonly signals: Pick<NodeJS.Process, 'once' | 'removeListener'>;
}
