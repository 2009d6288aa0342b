import type { IRedisKeyspaceCommands, ScanOptions } from '@org/redis-interface';
import { scanArguments, scanArgv, type ScanArguments } from '../calculations/scanArguments.js';
import { scanReplyPage } from '../calculations/scanReplyPage.js';
import type { NodeConnection } from '../models/DriverTopology.js';
import type { CommandExecutor } from '../services/CommandExecutor.js';
import { cursorLoop, type CursorPage } from '../services/cursorLoop.js';
import type { OperationsOf } from '../services/installOperations.js';
import { runScanPage, scanNodes } from '../services/runScanPage.js';

/** One SCAN page on `node` under the guard, keys without the prefix (ioredis does not strip them). */
async function scanMasterPage(
  executor: CommandExecutor,
  node: NodeConnection,
  cursor: string,
  scan: ScanArguments,
): Promise<CursorPage<string>> {
  const reply = await executor.guard('scan', () => node.call('scan', scanArgv(cursor, scan)));
  const page = scanReplyPage(reply, executor.topology.config.keyPrefix, false);
  return { cursor: page.cursor, items: page.keys };
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
  for (const node of nodes) yield* cursorLoop((cursor) => scanMasterPage(executor, node, cursor, scan));
}

/**
 * SCAN over the whole keyspace, and the per-node pages of a resumable walk. DBSIZE and FLUSHDB are
 * definitions (`keyspaceDefinitions`).
 */
export const keyspaceScanOperations = {
  scan: (executor, options) => scanKeyspace(executor, options),
  scanNodes: (executor) => scanNodes(executor),
  scanPage: (executor, node, cursor, options) => runScanPage(executor, node, cursor, options, false),
} satisfies OperationsOf<Pick<IRedisKeyspaceCommands, 'scan' | 'scanNodes' | 'scanPage'>>;
