import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError, type IRedisService, type ScanPage } from '@org/redis-interface';

/** What {@link walkKeyspace} does with each page. */
export interface KeyspaceWalk {
  readonly service: IRedisService;
  /** SCAN COUNT (`--batch`). */
  readonly count: number;
  /** Called before each SCAN call (pacing: `--max-ops-per-second`). */
  readonly beforeScan: () => Promise<void>;
  /**
   * Handles one page of keys (exact bytes, without the `keyPrefix`). Pages of one node start in
   * SCAN order; up to `inflight` of them are handled at once.
   */
  readonly onPage: (keys: readonly Buffer[]) => Promise<void>;
  /** Pages handled at once per node (default 1): the handler's round trips overlap. */
  readonly inflight?: number;
}

/** How often `scanNodes()` is asked again while a failover leaves a slot without a master. */
const clusterDownRetries = 20;

/**
 * Walk every key once (SCAN's guarantees: rarely twice): every node of `scanNodes()` in parallel,
 * page by page, the next page fetched while up to `inflight` pages are handled.
 *
 * @remarks
 * Cluster: when a node rejects with `NODE_UNKNOWN` (a failover replaced it), `scanNodes()` is asked
 * again and each master not walked yet (the promoted replica) is walked from cursor '0'; its keys
 * may then come twice. While no master serves some slot (`CLUSTER_DOWN`), it retries every 500 ms.
 * @throws the first error of a page handler or of SCAN, other than those above.
 */
export async function walkKeyspace(walk: KeyspaceWalk): Promise<void> {
  const walked = new Set<string>();
  const walkNewNodes = async (): Promise<void> => {
    const fresh = (await currentNodes(walk.service)).filter((node) => !walked.has(node));
    for (const node of fresh) walked.add(node);
    await Promise.all(fresh.map((node) => walkNode(node)));
  };
  const scan = async (node: string, cursor: string): Promise<ScanPage<Buffer>> => {
    await walk.beforeScan();
    return walk.service.bytes.scanPage(node, cursor, { count: walk.count });
  };
  const inflight = walk.inflight ?? 1;
  const walkNode = async (node: string): Promise<void> => {
    let next: Promise<ScanPage<Buffer>> | undefined = scan(node, '0');
    const running = new Set<Promise<void>>();
    const failures: unknown[] = [];
    try {
      while (next !== undefined) {
        const page: ScanPage<Buffer> = await next;
        next = page.cursor === '0' ? undefined : scan(node, page.cursor);
        // Seen as handled until awaited on the next turn: the page handlers may take a while.
        next?.catch(() => undefined);
        // A failed page is kept, not rejected: nothing waits on it until the walk looks.
        const task = walk.onPage(page.keys).then(
          () => undefined,
          (error: unknown) => void failures.push(error),
        );
        running.add(task);
        void task.finally(() => running.delete(task));
        while (running.size >= inflight) await Promise.race(running);
        if (failures.length > 0) throw failures[0];
      }
      await Promise.all(running);
      if (failures.length > 0) throw failures[0];
    } catch (error) {
      // A SCAN that failed leaves its node's pages running: let them finish before moving on.
      await Promise.all(running);
      if (!RedisError.is(error) || error.code !== 'NODE_UNKNOWN') throw error;
      await walkNewNodes();
    }
  };
  await walkNewNodes();
}

async function currentNodes(service: IRedisService): Promise<readonly string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await service.scanNodes();
    } catch (error) {
      if (!RedisError.is(error) || error.code !== 'CLUSTER_DOWN' || attempt >= clusterDownRetries)
        throw error;
      await sleep(500);
    }
  }
}
