import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseInfo } from '@org/redis-core';
import type { MachineInfo } from '../models/MachineInfo.js';

const require = createRequire(import.meta.url);

/** The `version` of an installed package, read from its package.json. */
export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/**
 * Describe this machine and the software measured.
 * @param serverInfo - the reply of `INFO server` from one of the benchmark's servers.
 */
export function describeMachine(serverInfo: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    redisServer: parseInfo(serverInfo)['redis_version'] ?? 'unknown',
    ioredis: packageVersion('ioredis'),
    nodeRedis: packageVersion('redis'),
    loadAverage: os.loadavg(),
  };
}
