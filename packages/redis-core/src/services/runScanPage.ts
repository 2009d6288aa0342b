import type { ScanOptions, ScanPage } from '@org/redis-interface';
import { nodeUnknownError } from '../calculations/nodeUnknownError.js';
import { scanArgv } from '../calculations/scanArguments.js';
import { scanPageArguments } from '../calculations/scanPageArguments.js';
import { scanReplyPage } from '../calculations/scanReplyPage.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { sendOn } from './sendOn.js';

/**
 * The addresses of the nodes a keyspace walk visits: every master (a standalone server is its one
 * master), under the guard so that it has the connection check and the mapped errors of a command.
 */
export function scanNodes(executor: CommandExecutor): Promise<readonly string[]> {
  return executor.guard('scan', async () => (await executor.topology.masters()).map((node) => node.address));
}

/**
 * One SCAN page on the master at `node` (`scanPage`, `bytes.scanPage` with `bytes`): the arguments
 * checked (a bad one rejects, nothing sent), then, under one guard, the node looked up among the
 * masters the topology knows now (`NODE_UNKNOWN` when it is not one, nothing sent) and SCAN sent on
 * its connection, which follows no redirection.
 */
export function runScanPage(
  executor: CommandExecutor,
  node: string,
  cursor: string,
  options: ScanOptions | undefined,
  bytes: false,
): Promise<ScanPage>;
export function runScanPage(
  executor: CommandExecutor,
  node: string,
  cursor: string,
  options: ScanOptions | undefined,
  bytes: true,
): Promise<ScanPage<Buffer>>;
export function runScanPage(
  executor: CommandExecutor,
  node: string,
  cursor: string,
  options: ScanOptions | undefined,
  bytes: boolean,
): Promise<ScanPage | ScanPage<Buffer>> {
  const { keyPrefix } = executor.topology.config;
  return executor.checked(
    'scan',
    () => scanPageArguments(node, cursor, options, keyPrefix),
    (checked) =>
      executor.guard('scan', async () => {
        const masters = await executor.topology.masters();
        const master = masters.find((candidate) => candidate.address === checked.node);
        if (master === undefined)
          throw nodeUnknownError(
            checked.node,
            masters.map((candidate) => candidate.address),
          );
        const reply = await sendOn(master, 'scan', scanArgv(checked.cursor, checked.scan), bytes);
        return bytes ? scanReplyPage(reply, keyPrefix, true) : scanReplyPage(reply, keyPrefix, false);
      }),
  );
}
