import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { RedisClusterConfig, RedisStandaloneConfig } from '@org/redis-interface';
import type { BaselineService } from './BaselineClients.js';
import { shareIoredis } from './shareIoredis.js';

/** The two driver constructors of another build of this repository, and which commit it is. */
export interface BaselineDrivers {
  /** The checkout, absolute. */
  readonly dir: string;
  /** Its short commit (`git rev-parse --short`), or the folder name when git cannot tell. */
  readonly commit: string;
  readonly standalone: new (config: RedisStandaloneConfig) => BaselineService;
  readonly cluster: new (config: RedisClusterConfig) => BaselineService;
}

const driverFiles = {
  standalone: ['packages/redis-standalone/dist/index.js', 'RedisStandaloneService'],
  cluster: ['packages/redis-cluster/dist/index.js', 'RedisClusterService'],
} as const;

async function shortCommit(dir: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['-C', dir, 'rev-parse', '--short', 'HEAD']);
    return stdout.trim() || basename(dir);
  } catch {
    return basename(dir);
  }
}

/**
 * Import one driver's built entry by absolute path. Node resolves its own imports
 * (`@org/redis-core`, ioredis) from that checkout's `node_modules`, so the old code runs, not ours.
 */
async function importDriver(dir: string, [file, name]: readonly [string, string]): Promise<unknown> {
  const path = join(dir, file);
  try {
    await access(path);
  } catch {
    throw new Error(
      `--baseline ${dir}: ${file} is missing: run \`pnpm install && pnpm build\` in that checkout first`,
    );
  }
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const driver = module[name];
  if (typeof driver !== 'function') throw new Error(`--baseline ${dir}: ${file} does not export ${name}`);
  return driver;
}

/**
 * Load the built drivers of the checkout `dir` (absolute): the `--baseline` contender. Their types
 * are those of that commit; the bench only calls what every build has (`connect`, `quit`, `set`,
 * `get`, `mget`, `mset`, `pipeline`, `scan`), which the checks exercise before anything is timed.
 * Its `ioredis` imports are sent to ours first ({@link shareIoredis}), so every contender runs one ioredis.
 *
 * @throws Error naming the missing file and what to run, or the missing export.
 */
export async function loadBaseline(dir: string): Promise<BaselineDrivers> {
  shareIoredis(dir);
  const [standalone, cluster, commit] = await Promise.all([
    importDriver(dir, driverFiles.standalone),
    importDriver(dir, driverFiles.cluster),
    shortCommit(dir),
  ]);
  return {
    dir,
    commit,
    standalone: standalone as BaselineDrivers['standalone'],
    cluster: cluster as BaselineDrivers['cluster'],
  };
}
