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

/** Stands for the first address `scanNodes()` gives, which the arguments cannot know in advance. */
const firstNode = Symbol('the first node of scanNodes()');

/** `scanPage` on `node`, with {@link firstNode} replaced by a real master's address. */
function scanPageOn(service: IRedisService, [node, ...rest]: readonly unknown[]): Promise<unknown> {
  const page = (target: unknown): Promise<unknown> =>
    callMember(service, 'scanPage', [target, ...rest]) as Promise<unknown>;
  return node === firstNode ? service.scanNodes().then(([address]) => page(address)) : page(node);
}

/** What `scanPage` documents: a decimal cursor and text keys. */
const isScanPage = (value: unknown): boolean => {
  const page = value as { cursor?: unknown; keys?: unknown } | null;
  return (
    typeof page?.cursor === 'string' &&
    /^\d+$/.test(page.cursor) &&
    Array.isArray(page.keys) &&
    page.keys.every((key) => typeof key === 'string')
  );
};

const scanOptions = options({
  match: choice('fuzz:*', '*', 'no-such-key-*'),
  type: choice('string', 'hash', 'list', 'set', 'zset', 'stream', 'table'),
  count: integer(1, 50),
});

/** FLUSHDB options that never confirm: the property holds without deleting anything. */
const unconfirmed = fc
  .oneof(options({ confirm: choice('flushdb', 'FLUSH', 'yes'), async: flag }), junk)
  .filter((settings) => (settings as { confirm?: unknown } | null | undefined)?.confirm !== 'FLUSHDB');

/** Keyspace commands; FLUSHDB only with options that do not confirm it. */
export const keyspaceFuzzCases = {
  scan: {
    args: () => args(scanOptions),
    invoke: scanSome,
    resolves: (keys) => Array.isArray(keys) && keys.every((key) => typeof key === 'string'),
  },
  scanNodes: {
    args: () => noArgs,
    resolves: (nodes) =>
      Array.isArray(nodes) && nodes.length > 0 && nodes.every((node) => typeof node === 'string'),
  },
  scanPage: {
    args: () =>
      args(
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(firstNode) },
          { weight: 1, arbitrary: fc.constantFrom('127.0.0.1:1', 'localhost', '', ':6379') },
          { weight: 1, arbitrary: junk },
        ),
        choice('0', '1', '17', '18446744073709551615', '18446744073709551616', '-1', '1e3', ' 1', 'abc'),
        scanOptions,
      ),
    invoke: scanPageOn,
    resolves: isScanPage,
  },
  dbsize: { args: () => noArgs, resolves: isCount },
  flushdb: {
    args: () => args(unconfirmed),
    resolves: () => false,
  },
} satisfies Record<keyof IRedisKeyspaceCommands, FuzzCase>;
