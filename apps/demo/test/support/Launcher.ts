import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * How the demo is started: `node` runs `src/main.ts` as the `start` script does; `pnpm demo` goes
 * through the root script and its nested `pnpm --filter` (its own process group, so that a test that
 * fails can still stop every process of it).
 */
export type LauncherCommand = 'node' | 'pnpm demo';

/** How a launcher run ended. */
export interface LauncherExit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `src/main.ts` in a child process, as `pnpm demo` runs it (tsx, source condition), or `pnpm demo`
 * itself. The environment is the test's minus every `REDIS_*` variable (the testkit's own `REDIS_TEST*`
 * ones stay), plus `env`.
 */
export class Launcher {
  private readonly child: ChildProcess;
  private stdout = '';
  private stderr = '';
  /** Resolves when the process has exited. */
  public readonly exited: Promise<LauncherExit>;

  public constructor(
    env: Readonly<Record<string, string>>,
    private readonly command: LauncherCommand = 'node',
  ) {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !name.startsWith('REDIS_') || name.startsWith('REDIS_TEST'),
      ),
    );
    const options: SpawnOptions = {
      env: { ...inherited, LOG_LEVEL: 'warn', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    };
    this.child =
      command === 'node'
        ? spawn(process.execPath, ['--import', 'tsx', '--conditions=@org/source', 'src/main.ts'], {
            ...options,
            cwd: appRoot,
          })
        : spawn('pnpm', ['demo'], { ...options, cwd: repositoryRoot, detached: true });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => resolve({ code, stdout: this.stdout, stderr: this.stderr }));
    });
  }

  /** The "Demo ready at …" line, once printed. Rejects if the process exits first or after `timeoutMs`. */
  public async ready(timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.stdout.split('\n').find((candidate) => candidate.startsWith('Demo ready at '));
      if (line !== undefined) return line;
      if (this.child.exitCode !== null)
        throw new Error(`the launcher exited (${this.child.exitCode}): ${this.stdout}${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no "Demo ready" line within ${timeoutMs} ms: ${this.stdout}${this.stderr}`);
  }

  /** The PID of the process started: node, or the outer pnpm. */
  public get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends `signal` (as Ctrl-C does) to the process started, and waits for its exit. */
  public async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<LauncherExit> {
    if (this.child.exitCode === null) this.child.kill(signal);
    return this.exited;
  }

  /**
   * Resolves once nothing holds the output pipes any more: every process of the demo (the node process
   * included, which inherited them through pnpm) has exited. Rejects after `timeoutMs`.
   */
  public async outputClosed(timeoutMs: number): Promise<string> {
    const stdout = this.child.stdout;
    if (stdout === null) throw new Error('no stdout pipe');
    if (stdout.closed) return this.stdout;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`a demo process still holds its output after ${timeoutMs} ms: ${this.stdout}`)),
        timeoutMs,
      );
      stdout.once('close', () => {
        clearTimeout(timer);
        resolve(this.stdout);
      });
    });
  }

  /**
   * For `afterEach`, when a test failed before stopping the launcher: SIGTERM (its own handler and the
   * testkit's stop the embedded Redis), then SIGKILL after a grace period.
   */
  public async kill(graceMs = 10_000): Promise<void> {
    if (this.command === 'pnpm demo') return this.killGroup(graceMs);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  // `pnpm demo`: the node process may outlive pnpm (what the test checks), so signal the whole group.
  private async killGroup(graceMs: number): Promise<void> {
    const group = this.child.pid;
    if (group === undefined) return;
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-group, signal);
      } catch {
        // ESRCH: the group is gone.
      }
    };
    signalGroup('SIGTERM');
    await this.outputClosed(graceMs).catch(() => signalGroup('SIGKILL'));
  }
}

/** The URL in a "Demo ready at http://…" line. */
export function urlOf(readyLine: string): string {
  const match = /^Demo ready at (http:\/\/\S+)/.exec(readyLine);
  if (match?.[1] === undefined) throw new Error(`not a ready line: ${readyLine}`);
  return match[1];
}
