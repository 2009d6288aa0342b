import type { IRedisBytesView, RedisValue, ScanOptions, ScanPage } from '@org/redis-interface';
import { bytesDefinitions } from '../definitions/bytesDefinitions.js';
import { callCommand } from './callCommand.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { executorOf, installDefinitions, type ExecutorHost } from './installDefinitions.js';
import { runScanPage } from './runScanPage.js';

/**
 * `redis.bytes`: the service's members whose replies hold bulk strings, run on the service's own
 * executor (same deadlines, retries, routing, metrics) with Buffer replies. Its methods are
 * installed from {@link bytesDefinitions}: no code per command.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface below
export class RedisBytesView implements ExecutorHost {
  /** The service's executor. */
  public readonly [executorOf]: CommandExecutor;

  /** @param executor - the service's executor. */
  public constructor(executor: CommandExecutor) {
    this[executorOf] = executor;
  }

  public call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T> {
    return callCommand(this[executorOf], command, args, true) as Promise<T>;
  }

  public scanPage(node: string, cursor: string, options?: ScanOptions): Promise<ScanPage<Buffer>> {
    return runScanPage(this[executorOf], node, cursor, options, true);
  }
}

// The members are definitions, installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- installed by installDefinitions
export interface RedisBytesView extends IRedisBytesView {}

installDefinitions(RedisBytesView.prototype, bytesDefinitions);
