import { RedisError } from '@org/redis-interface';

/** WAITAOF appeared in Redis 7.2. */
const WAITAOF_SINCE = [7, 2] as const;

function atLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [serverMajor = 0, serverMinor = 0] = version.split('.').map(Number);
  return serverMajor > major || (serverMajor === major && serverMinor >= minor);
}

/**
 * Why the server described by `info` (`INFO server` and `persistence` fields) cannot run
 * `WAITAOF 1 0`, or `undefined` when it can. Checked before sending: a WAITAOF refused after the
 * writes would leave them applied with nothing to say whether they reached the disk.
 */
export function waitAofRefusal(info: Readonly<Record<string, string>>): RedisError | undefined {
  const version = info.redis_version ?? '';
  if (!atLeast(version, WAITAOF_SINCE)) {
    return new RedisError(
      'UNSUPPORTED_BY_SERVER',
      `writeDurably with aof: true needs Redis 7.2 or later (WAITAOF), but the server runs Redis ${version || 'of an unknown version'}: upgrade it, or drop the aof option. Nothing was sent.`,
      { details: { command: 'WAITAOF', requirement: 'Redis 7.2 or later', found: `Redis ${version}` } },
    );
  }
  if (info.aof_enabled !== '1') {
    return new RedisError(
      'UNSUPPORTED_BY_SERVER',
      'writeDurably with aof: true needs appendonly yes on the master (WAITAOF counts AOF fsyncs): enable it, or drop the aof option. Nothing was sent.',
      { details: { command: 'WAITAOF', requirement: 'appendonly yes', found: 'appendonly no' } },
    );
  }
  return undefined;
}
