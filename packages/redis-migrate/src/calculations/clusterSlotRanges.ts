/** A range of hash slots and the master serving it, from `CLUSTER SLOTS`. */
export interface SlotRange {
  readonly start: number;
  readonly end: number;
  /** The master, as `host:port`. */
  readonly master: string;
  /** Its replicas, as `host:port`. */
  readonly replicas: readonly string[];
}

/** Every hash slot of a cluster. */
export const CLUSTER_SLOT_COUNT = 16_384;

function address(node: unknown): string | undefined {
  if (!Array.isArray(node)) return undefined;
  const [host, port] = node as unknown[];
  if (typeof host !== 'string' || (typeof port !== 'number' && typeof port !== 'string')) return undefined;
  return `${host}:${port}`;
}

/**
 * The slot ranges of a `CLUSTER SLOTS` reply (`[[start, end, [host, port, id], [replica…]…], …]`),
 * sorted by first slot. Entries that do not have that shape are left out (they count as uncovered).
 */
export function clusterSlotRanges(reply: unknown): SlotRange[] {
  if (!Array.isArray(reply)) return [];
  const ranges: SlotRange[] = [];
  for (const entry of reply as unknown[]) {
    if (!Array.isArray(entry)) continue;
    const [start, end, master, ...replicas] = entry as unknown[];
    const masterAddress = address(master);
    if (masterAddress === undefined) continue;
    ranges.push({
      start: Number(start),
      end: Number(end),
      master: masterAddress,
      replicas: replicas.flatMap((replica) => address(replica) ?? []),
    });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * How many of the 16384 slots `ranges` assign to one of `answering` (every master when
 * `answering` is not given); overlapping ranges count once.
 */
export function coveredSlots(ranges: readonly SlotRange[], answering?: ReadonlySet<string>): number {
  const covered = new Uint8Array(CLUSTER_SLOT_COUNT);
  for (const range of ranges) {
    if (answering !== undefined && !answering.has(range.master)) continue;
    covered.fill(1, Math.max(range.start, 0), Math.min(range.end, CLUSTER_SLOT_COUNT - 1) + 1);
  }
  return covered.reduce((sum, slot) => sum + slot, 0);
}
