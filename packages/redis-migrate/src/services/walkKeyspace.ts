import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError, type IRedisService, type ScanPage } from '@org/redis-interface';

/** What {@link walkKeyspace} does with each page. */
export interface KeyspaceWalk {
  readonly service: IRedisService;
  /** SCAN COUNT (`--batch`). */
  readonly count: number;
  /** Called before each SCAN call (pacing: `--max-ops-per-second`). */
  readonly beforeScan: () => Promise<void>;
  /** Handles one page of keys (exact bytes, without the `keyPrefix`); pages of one node come in order. */
  readonly onPage: (keys: readonly Buffer[]) => Promise<void>;
}

/** How often `scanNodes()` is asked again while a failover leaves a slot without a master. */
const clusterDownRetries = 20;

/**
 * Walk every key once (SCAN's guarantees: rarely twice): every node of `scanNodes()` in parallel,
 * page by page, the next page fetched while the current one is handled.
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
  const walkNode = async (node: string): Promise<void> => {
    let next: Promise<ScanPage<Buffer>> | undefined = scan(node, '0');
    try {
      while (next !== undefined) {
        const page: ScanPage<Buffer> = await next;
        next = page.cursor === '0' ? undefined : scan(node, page.cursor);
        // Seen as handled until awaited on the next turn: the page handler may take a while.
        next?.catch(() => undefined);
        await walk.onPage(page.keys);
      }
    } catch (error) {
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
