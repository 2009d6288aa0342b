import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** Keys copied so far according to the checkpoint at `path` (0 while there is none). */
async function checkpointedCopies(path: string): Promise<number> {
  try {
    const saved = JSON.parse(await readFile(path, 'utf8')) as {
      nodes: Record<string, { counters: { copied: number } }>;
    };
    return Object.values(saved.nodes).reduce((sum, node) => sum + node.counters.copied, 0);
  } catch {
    return 0;
  }
}

/** Wait (at most 30 s) until a running copy's checkpoint shows copied keys: the copy is mid-way. */
export async function waitForCheckpointProgress(path: string): Promise<void> {
  for (let waited = 0; waited < 30_000 && (await checkpointedCopies(path)) === 0; waited += 50)
    await sleep(50);
}
