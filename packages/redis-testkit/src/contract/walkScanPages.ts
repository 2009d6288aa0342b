import type { ScanOptions, ScanPage } from '@org/redis-interface';

/** One SCAN page of one node: `service.scanPage` or `service.bytes.scanPage`. */
export type ScanPageReader<K> = (node: string, cursor: string, options?: ScanOptions) => Promise<ScanPage<K>>;

/** Where a walk stopped: the keys it read and, per node, the cursor to go on from (`'0'`: done). */
export interface ScanWalk<K> {
  readonly keys: K[];
  readonly cursors: ReadonlyMap<string, string>;
}

/**
 * Walks every node in parallel with `read`, each from its cursor in `from` (`'0'` when absent; a node
 * saved at `'0'` is done and skipped), until its cursor is `'0'` or it has read `maxPages` pages: what
 * a migration does, checkpointing cursors.
 *
 * @param nodes - from `scanNodes()`.
 * @param read - the page reader.
 * @param options - the SCAN options of every page.
 * @param limits - `from`: saved cursors to resume; `maxPages`: pages per node before stopping.
 * @returns the keys read (duplicates kept) and the cursor of each node.
 */
export async function walkScanPages<K>(
  nodes: readonly string[],
  read: ScanPageReader<K>,
  options: ScanOptions,
  limits: { readonly from?: ReadonlyMap<string, string>; readonly maxPages?: number } = {},
): Promise<ScanWalk<K>> {
  const keys: K[] = [];
  const cursors = new Map<string, string>();
  await Promise.all(
    nodes.map(async (node) => {
      let cursor = limits.from?.get(node) ?? '0';
      let pages = 0;
      // A saved '0' means the node is done; a node without a saved cursor starts at '0'.
      if (cursor === '0' && limits.from?.has(node) === true) {
        cursors.set(node, cursor);
        return;
      }
      do {
        const page = await read(node, cursor, options);
        keys.push(...page.keys);
        cursor = page.cursor;
        pages += 1;
      } while (cursor !== '0' && pages < (limits.maxPages ?? Number.POSITIVE_INFINITY));
      cursors.set(node, cursor);
    }),
  );
  return { keys, cursors };
}
