import fc from 'fast-check';
import type { IRedisKeyspaceCommands, IRedisService } from '@org/redis-interface';
import { args, choice, flag, integer, junk, noArgs, options } from './arbitraries.js';
import { isCount } from './documented.js';
import { callMember } from './callMember.js';
import type { FuzzCase } from './FuzzCase.js';

/** Reads at most a few keys: the shared servers hold every contract key of this run. */
async function scanSome(service: IRedisService, [scanOptions]: readonly unknown[]): Promise<string[]> {
  const iterable = callMember(service, 'scan', [scanOptions]) as AsyncIterable<string>;
  const keys: string[] = [];
  for await (const key of iterable) {
    keys.push(key);
    if (keys.length >= 5) break;
  }
  return keys;
}

/** FLUSHDB options that never confirm: the property holds without deleting anything. */
const unconfirmed = fc
  .oneof(options({ confirm: choice('flushdb', 'FLUSH', 'yes'), async: flag }), junk)
  .filter((settings) => (settings as { confirm?: unknown } | null | undefined)?.confirm !== 'FLUSHDB');

/** Keyspace commands; FLUSHDB only with options that do not confirm it. */
export const keyspaceFuzzCases = {
  scan: {
    args: () =>
      args(
        options({
          match: choice('fuzz:*', '*', 'no-such-key-*'),
          type: choice('string', 'hash', 'list', 'set', 'zset', 'stream', 'table'),
          count: integer(1, 50),
        }),
      ),
    invoke: scanSome,
    resolves: (keys) => Array.isArray(keys) && keys.every((key) => typeof key === 'string'),
  },
  dbsize: { args: () => noArgs, resolves: isCount },
  flushdb: {
    args: () => args(unconfirmed),
    resolves: () => false,
  },
} satisfies Record<keyof IRedisKeyspaceCommands, FuzzCase>;
