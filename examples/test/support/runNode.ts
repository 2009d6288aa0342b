import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The examples package: children run from here, so that their imports resolve as the examples' own. */
export const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** How a child process ended and what it printed. */
export interface NodeRun {
  /** The exit code, or the signal that ended it (`SIGKILL` when it was killed at the timeout). */
  readonly code: number | string;
  /** True when it was still running at the timeout: it did not exit by itself. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time, for the report when a run is slow. */
  readonly ms: number;
}

/**
 * Runs `node <args>` from the examples package with exactly `env` (nothing inherited: a stray `REDIS_*`
 * of the test runner would change the example's configuration or warn on stderr), killed after
 * `timeoutMs`: a process still alive then did not exit by itself.
 *
 * Killed with SIGKILL, which no handler can catch: with SIGTERM, a program that called `stopOnSignals()`
 * would shut down gracefully and exit with code 0, and a hang would look like a clean exit.
 */
export function runNode(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<NodeRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      { cwd: packageDir, env, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        resolve({
          code: child.exitCode ?? child.signalCode ?? 'unknown',
          timedOut: error?.killed === true,
          stdout,
          stderr,
          ms: Math.round(performance.now() - started),
        });
      },
    );
  });
}
