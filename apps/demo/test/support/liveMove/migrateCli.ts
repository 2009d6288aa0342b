import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The CLI from its sources, as `pnpm --filter @org/redis-migrate exec redis-migrate` would run the built one.
const bin = join(dirname(require.resolve('@org/redis-migrate/package.json')), 'src/bin/redis-migrate.ts');

/** How one `redis-migrate` command ended. */
export interface CliRun {
  readonly command: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

/**
 * Runs `redis-migrate <args>` in a child process with `env` (the sides' `SOURCE_REDIS_*` /
 * `TARGET_REDIS_*` variables), as the runbook's commands are typed; killed after `timeoutMs`.
 */
export function migrateCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  timeoutMs = 60_000,
): Promise<CliRun> {
  const started = Date.now();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SOURCE_|TARGET_)?REDIS_/.test(name)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@org/source', bin, ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({
        command: `redis-migrate ${args.join(' ')}`,
        code,
        stdout,
        stderr,
        elapsedMs: Date.now() - started,
      });
    });
  });
}
