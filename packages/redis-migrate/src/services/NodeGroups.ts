import type { IRedisService } from '@org/redis-interface';
import calculateSlot from 'cluster-key-slot';
import { clusterSlotRanges } from '../calculations/clusterSlotRanges.js';
import { readKeyPrefix } from './bigKey/readKeyPrefix.js';

/**
 * Which master of a service serves which key, to send one page script per master. Read once from
 * CLUSTER SLOTS and read again after a group's script failed (a failover, a resharding). A
 * standalone target is one group.
 */
export class NodeGroups {
  private owners: Promise<{ readonly prefix: Buffer; readonly bySlot: readonly string[] }> | undefined;

  /**
   * @param target - the service.
   * @param cluster - whether it is a cluster.
   */
  public constructor(
    private readonly target: IRedisService,
    private readonly cluster: boolean,
  ) {}

  /** `items` grouped by the master serving their key (`keyOf`), in order within each group. */
  public async group<T>(items: readonly T[], keyOf: (item: T) => Buffer): Promise<T[][]> {
    if (!this.cluster) return items.length === 0 ? [] : [[...items]];
    const { prefix, bySlot } = await (this.owners ??= this.load());
    const groups = new Map<string, T[]>();
    for (const item of items) {
      // The slot is the prefixed key's, as the layer sends it.
      const key = prefix.length === 0 ? keyOf(item) : Buffer.concat([prefix, keyOf(item)]);
      const owner = bySlot[calculateSlot(key)] ?? '';
      const group = groups.get(owner);
      if (group === undefined) groups.set(owner, [item]);
      else group.push(item);
    }
    return [...groups.values()];
  }

  /** Forget the slot table: the next `group` reads it again. */
  public refresh(): void {
    this.owners = undefined;
  }

  private async load(): Promise<{ readonly prefix: Buffer; readonly bySlot: readonly string[] }> {
    const [prefix, reply] = await Promise.all([
      readKeyPrefix(this.target),
      this.target.call('CLUSTER', 'SLOTS'),
    ]);
    const bySlot = new Array<string>(16_384).fill('');
    for (const range of clusterSlotRanges(reply)) bySlot.fill(range.master, range.start, range.end + 1);
    return { prefix, bySlot };
  }
}
