import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** One source node's walk, as a running copy's checkpoint shows it. */
export interface CheckpointedNode {
  readonly done: boolean;
  readonly copied: number;
}

/** The checkpoint's nodes (`host:port`), or none while there is no readable checkpoint yet. */
async function checkpointedNodes(path: string): Promise<Record<string, CheckpointedNode>> {
  try {
    const saved = JSON.parse(await readFile(path, 'utf8')) as {
      nodes: Record<string, { done: boolean; counters: { copied: number } }>;
    };
    return Object.fromEntries(
      Object.entries(saved.nodes).map(([node, { done, counters }]) => [
        node,
        { done, copied: counters.copied },
      ]),
    );
  } catch {
    // Not written yet (or caught between the temp file and the rename): ask again.
    return {};
  }
}

/**
 * Wait (at most 30 s) until a running copy's checkpoint shows copied keys: the copy is mid-way.
 *
 * @returns the checkpoint's nodes at that moment, so that a test can pick one still being walked.
 * @throws Error when no progress shows within 30 s: the test's premise failed, say so.
 */
export async function waitForCheckpointProgress(path: string): Promise<Record<string, CheckpointedNode>> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    const nodes = await checkpointedNodes(path);
    if (Object.values(nodes).some((node) => node.copied > 0)) return nodes;
    await sleep(50);
  }
  throw new Error(`the copy's checkpoint ${path} showed no copied key within 30 s`);
}
