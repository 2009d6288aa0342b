import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs one command with `redis-cli` against a test server (never the machine's own 6379). */
export async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args]);
  return stdout;
}

/** Keys matching `pattern` on each master of the given nodes, by port (replicas left out). */
export async function keysPerMaster(ports: readonly number[], pattern: string): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const port of ports) {
    const role = (await redisCli(port, 'ROLE')).split('\n')[0]?.trim();
    if (role !== 'master') continue;
    const keys = (await redisCli(port, '--scan', '--pattern', pattern))
      .split('\n')
      .filter((line) => line !== '');
    counts.set(port, keys.length);
  }
  return counts;
}
