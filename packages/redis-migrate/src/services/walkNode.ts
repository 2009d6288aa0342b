import { RedisError } from '@org/redis-interface';
import { classifyFailure } from '../calculations/classifyFailure.js';
import type { CopyContext } from '../models/CopyContext.js';
import { addCounters, type CopyCounters } from '../models/CopyCounters.js';
import type { NodeProgress } from '../models/CopyCheckpoint.js';
import { MigrateError } from '../models/MigrateError.js';
import { copyBatch } from './copyBatch.js';
import { retrying } from './retrying.js';

/** What a node's walk reports while it runs. */
export interface WalkHooks {
  /** Pages up to `progress.cursor` are all copied: safe to checkpoint. */
  readonly committed: (progress: NodeProgress) => void;
  /** A page finished (maybe out of order): for the live progress display. */
  readonly pageDone: (counters: Readonly<CopyCounters>) => void;
  /** True once the run is stopping (a signal, a fatal error elsewhere): start no new page. */
  readonly stopping: () => boolean;
}

/** How a walk ended. */
export type WalkEnd = 'done' | 'stopped' | 'nodeGone';

/**
 * Walk one source node from `start`: SCAN pages in order, up to `inflight` pages copied at once.
 * The checkpoint cursor only moves past a page once it and every page before it are copied, so
 * a resume never skips a key; pages after it may be copied twice, never counted twice (their
 * counters are committed with the cursor).
 *
 * @returns `nodeGone` when the node is no longer a master (failover): walk its successor from '0'.
 */
export async function walkNode(
  context: CopyContext,
  node: string,
  start: NodeProgress,
  hooks: WalkHooks,
): Promise<WalkEnd> {
  const committed = { ...start, counters: { ...start.counters } };
  const queue: { cursor: string; counters?: CopyCounters }[] = [];
  const running = new Set<Promise<void>>();
  let failure: unknown;
  let cursor = start.cursor;
  let end: WalkEnd = 'done';
  const commit = (): void => {
    while (queue[0]?.counters !== undefined) {
      const page = queue.shift() as { cursor: string; counters: CopyCounters };
      addCounters(committed.counters, page.counters);
      committed.cursor = page.cursor;
      committed.done = page.cursor === '0';
    }
    hooks.committed({ cursor: committed.cursor, done: committed.done, counters: { ...committed.counters } });
  };
  do {
    if (hooks.stopping() || failure !== undefined) {
      end = 'stopped';
      break;
    }
    const page = await scanPage(context, node, cursor);
    if (page === 'nodeGone') {
      end = 'nodeGone';
      break;
    }
    await context.throttle(1);
    const entry: { cursor: string; counters?: CopyCounters } = { cursor: page.cursor };
    queue.push(entry);
    const task = copyBatch(context, page.keys).then(
      (counters) => {
        entry.counters = counters;
        hooks.pageDone(counters);
        commit();
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    running.add(task);
    void task.finally(() => running.delete(task));
    cursor = page.cursor;
    while (running.size >= context.options.inflight) await Promise.race(running);
  } while (cursor !== '0');
  await Promise.all(running);
  if (failure !== undefined)
    throw failure instanceof Error ? failure : new Error('A page copy failed', { cause: failure });
  return end;
}

async function scanPage(
  context: CopyContext,
  node: string,
  cursor: string,
): Promise<{ keys: Buffer[]; cursor: string } | 'nodeGone'> {
  const options = {
    count: context.options.batch,
    ...(context.options.match === undefined ? {} : { match: context.options.match }),
  };
  let page: { keys: Buffer[]; cursor: string } | 'nodeGone' | undefined;
  let lastError: unknown;
  const done = await retrying(context.options.retryForMs, async () => {
    try {
      const result = await context.source.bytes.scanPage(node, cursor, options);
      page = { keys: [...result.keys], cursor: result.cursor };
      return true;
    } catch (error) {
      if (RedisError.is(error) && error.code === 'NODE_UNKNOWN') {
        page = 'nodeGone';
        return true;
      }
      if (!RedisError.is(error) || classifyFailure(error) !== 'transient') throw error;
      lastError = error;
      return false;
    }
  });
  if (!done || page === undefined) {
    throw new MigrateError('SOURCE_UNREACHABLE', `The source node ${node} kept failing SCAN`, {
      cause: lastError,
    });
  }
  return page;
}
