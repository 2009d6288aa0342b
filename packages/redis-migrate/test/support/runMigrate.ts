import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';

/** The built CLI, exactly what the `bin` entry of the package points to. */
export const migrateBin = fileURLToPath(new URL('../../dist/bin/redis-migrate.js', import.meta.url));

/** What one CLI run printed and how it ended. */
export interface MigrateRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runMigrate}. */
export interface RunMigrateOptions {
  /** Variables on top of a clean environment (no `SOURCE_REDIS_*` from the machine). */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the run after this long (default 120 s): a hung CLI fails the test, not CI. */
  readonly timeoutMs?: number;
  /** Called with the child once it runs (to signal it mid-copy). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

/** Run `redis-migrate args…` as a child process and collect its output. */
export async function runMigrate(
  args: readonly string[],
  options: RunMigrateOptions = {},
): Promise<MigrateRun> {
  const child = spawn(process.execPath, [migrateBin, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  options.onSpawn?.(child);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('close', (code, killedBy) => resolve([code, killedBy])),
  );
  clearTimeout(timer);
  return { exitCode, signal, stdout, stderr };
}

/** The JSON lines a `--json` run printed. */
export function jsonLines(run: MigrateRun): Record<string, unknown>[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The `{"type":"result"}` line of a `--json` run. */
export function resultOf(run: MigrateRun): Record<string, unknown> {
  const result = jsonLines(run).find((line) => line['type'] === 'result');
  if (result === undefined) throw new Error(`No result line. stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return result;
}

/** `--source …`/`--target …` flags for a testkit topology. */
export function endpointArgs(
  side: 'source' | 'target',
  topology: RedisStandaloneTopology | RedisClusterTopology,
): string[] {
  return topology.kind === 'standalone'
    ? [`--${side}`, topology.url]
    : [`--${side}-cluster`, topology.startupNodes.map((node) => `${node.host}:${node.port}`).join(',')];
}
