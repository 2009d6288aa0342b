import type { IRedisKeyspaceCommands, RedisKeyType, ScanOptions } from '@org/redis-interface';
import { checkOptionalChoice, checkOptions, checkString, checkWholeNumber } from '../calculations/checks.js';
import type { NodeConnection } from '../models/DriverTopology.js';
import type { CommandExecutor } from '../services/CommandExecutor.js';
import { cursorLoop, type CursorPage } from '../services/cursorLoop.js';
import type { OperationsOf } from '../services/installOperations.js';

const keyTypes: readonly RedisKeyType[] = ['string', 'list', 'set', 'zset', 'hash', 'stream'];

/** What every SCAN page of one iteration sends after its cursor. */
interface ScanArguments {
  /** The MATCH pattern, the key prefix in front. */
  readonly match: string;
  readonly count: number;
  /** `TYPE t`, or nothing. */
  readonly tail: readonly string[];
}

/** The options checked and turned into arguments; ioredis does not prefix SCAN MATCH: done here. */
function scanArguments(options: ScanOptions | undefined, keyPrefix: string): ScanArguments {
  const checked = checkOptions('scan', options);
  const match =
    keyPrefix + (checked.match === undefined ? '*' : checkString('scan', 'options.match', checked.match));
  const type = checkOptionalChoice('scan', 'options.type', checked.type, keyTypes);
  const count =
    checked.count === undefined ? 100 : checkWholeNumber('scan', 'options.count', checked.count, 1);
  return { match, count, tail: type === undefined ? [] : ['TYPE', type] };
}

/** One SCAN page on `node` under the guard, keys without the prefix (ioredis does not strip them). */
async function scanPage(
  executor: CommandExecutor,
  node: NodeConnection,
  cursor: string,
  scan: ScanArguments,
): Promise<CursorPage<string>> {
  const [next, keys] = await executor.guard(
    'scan',
    () =>
      node.call('scan', [cursor, 'MATCH', scan.match, 'COUNT', scan.count, ...scan.tail]) as Promise<
        [string, string[]]
      >,
  );
  const prefixLength = executor.topology.config.keyPrefix.length;
  return { cursor: next, items: prefixLength === 0 ? keys : keys.map((key) => key.slice(prefixLength)) };
}

/**
 * Every key of the keyspace: the masters one after the other (a standalone server is its one
 * master), each on one cursor loop. A bad option rejects the first `next()` through the guard.
 */
async function* scanKeyspace(
  executor: CommandExecutor,
  options: ScanOptions | undefined,
): AsyncGenerator<string, void, undefined> {
  // Checked inside the guard (a synchronous throw there fails the command as it is, not retried).
  const { nodes, scan } = await executor.guard('scan', () => {
    const checked = scanArguments(options, executor.topology.config.keyPrefix);
    return executor.topology.masters().then((masters) => ({ nodes: masters, scan: checked }));
  });
  for (const node of nodes) yield* cursorLoop((cursor) => scanPage(executor, node, cursor, scan));
}

/** SCAN over the whole keyspace. DBSIZE and FLUSHDB are definitions (`keyspaceDefinitions`). */
export const keyspaceScanOperations = {
  scan: (executor, options) => scanKeyspace(executor, options),
} satisfies OperationsOf<Pick<IRedisKeyspaceCommands, 'scan'>>;
