import { RedisError } from '@org/redis-interface';
import type { CopyContext } from '../models/CopyContext.js';
import { emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import { MigrateError } from '../models/MigrateError.js';
import type { Reporter } from '../models/Progress.js';
import type { CheckpointWriter } from './CheckpointWriter.js';
import { retrying } from './retrying.js';
import { walkNode } from './walkNode.js';

/** What the run tells the walks, and hears from them. */
export interface WalkControl {
  readonly stopping: () => boolean;
  readonly pageDone: (counters: Readonly<CopyCounters>) => void;
}

/**
 * Walk every source master in parallel, from the checkpoint's cursors. A master that a failover
 * replaced is dropped and its successor walked from the start (SCAN cursors are per node): its
 * keys are copied again, with REPLACE unless `--on-existing skip`.
 *
 * @returns `done` when every node is finished, `stopped` when the run was asked to stop.
 * @throws MigrateError `SOURCE_UNREACHABLE` when the source has no complete set of masters for
 *   `retryForMs`; what a walk throws.
 */
export async function walkNodes(
  context: CopyContext,
  checkpoint: CheckpointWriter,
  reporter: Reporter,
  control: WalkControl,
): Promise<'done' | 'stopped'> {
  const known = new Set(checkpoint.entries().map(([node]) => node));
  const state = { stopped: false };
  const walkAll = async (nodes: readonly string[], walkContext: CopyContext): Promise<void> => {
    await Promise.all(
      nodes.map(async (node) => {
        known.add(node);
        const start = checkpoint.entries().find(([name]) => name === node)?.[1] ?? {
          cursor: '0',
          done: false,
          counters: emptyCounters(),
        };
        if (start.done) return;
        const end = await walkNode(walkContext, node, start, {
          committed: (progress) => checkpoint.set(node, progress),
          pageDone: control.pageDone,
          stopping: control.stopping,
        });
        if (end === 'stopped') state.stopped = true;
        if (end !== 'nodeGone') return;
        reporter.warn(
          `source node ${node} is no longer a master (failover): walking its successor from the start`,
        );
        checkpoint.drop(node);
        // The successor holds keys this copy already wrote: write them again rather than fail.
        const again = { ...walkContext, replace: walkContext.options.onExisting !== 'skip' };
        await walkAll(await successorsOf(context, node, known), again);
      }),
    );
  };
  const nodes = await currentNodes(context);
  for (const gone of [...known].filter((node) => !nodes.includes(node))) {
    reporter.warn(
      `source node ${gone} of the checkpoint is no longer a master: its successor is walked from the start`,
    );
    checkpoint.drop(gone);
  }
  await walkAll(nodes, context);
  return state.stopped ? 'stopped' : 'done';
}

/** The source's masters, waiting out a failover in progress (`CLUSTER_DOWN`) for `retryForMs`. */
async function currentNodes(context: CopyContext): Promise<readonly string[]> {
  let nodes: readonly string[] = [];
  let lastError: unknown;
  const found = await retrying(context.options.retryForMs, async () => {
    try {
      nodes = await context.source.scanNodes();
      return true;
    } catch (error) {
      if (!RedisError.is(error) || error.code !== 'CLUSTER_DOWN') throw error;
      lastError = error;
      return false;
    }
  });
  if (!found) {
    throw new MigrateError(
      'SOURCE_UNREACHABLE',
      `The source has had no master for some slots for ${context.options.retryForMs} ms`,
      {
        cause: lastError,
      },
    );
  }
  return nodes;
}

/**
 * The new masters that took over from `gone`. Right after a master dies the slot table may still
 * name it, or not yet name its replica: wait until it lists `gone` no more and lists a master not
 * walked yet, or the successor's keys would never be copied.
 *
 * @throws MigrateError `SOURCE_UNREACHABLE` when no new master appears within `retryForMs`.
 */
async function successorsOf(
  context: CopyContext,
  gone: string,
  known: ReadonlySet<string>,
): Promise<string[]> {
  let fresh: string[] = [];
  const found = await retrying(context.options.retryForMs, async () => {
    const nodes = await currentNodes(context);
    fresh = nodes.filter((node) => !known.has(node));
    return !nodes.includes(gone) && fresh.length > 0;
  });
  if (!found) {
    throw new MigrateError(
      'SOURCE_UNREACHABLE',
      `The source master ${gone} left and no new master took over its slots within ${context.options.retryForMs} ms: check the source cluster, then copy --resume`,
    );
  }
  return fresh;
}
