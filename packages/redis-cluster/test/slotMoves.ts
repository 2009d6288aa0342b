// Moving a slot to another master behind a client's back (its slot table goes stale), for the batch tests.
import { keySlot } from '@org/redis-core';
import type { RedisClusterService } from '@org/redis-cluster';
import type { RedisNodeInfo } from '@org/redis-testkit';
import { Redis } from 'ioredis';

/** A key of `prefix` whose slot (with the key prefix applied) is `slot`. */
export function keyInSlot(slot: number, prefix: string): string {
  for (let index = 0; ; index += 1)
    if (keySlot(`app:${prefix}${index}`, '') === slot) return `${prefix}${index}`;
}

/** An empty slot owned by `owner` in the service's slot table, other than `except`. */
export function emptySlotOf(service: RedisClusterService, owner: string, except: number[]): number {
  const slots = service.nativeClient().slots;
  for (let slot = 100; slot < slots.length; slot += 97)
    if (slots[slot]?.[0] === owner && !except.includes(slot)) return slot;
  throw new Error(`no slot of ${owner}`);
}

/**
 * Give `slot` to `target` on every master. The target first takes the highest config epoch
 * (BUMPEPOCH), so its claim wins in gossip over a stale claim of the old owner.
 */
export async function moveSlot(
  masters: readonly RedisNodeInfo[],
  target: RedisNodeInfo,
  slot: number,
): Promise<void> {
  for (const node of [target, ...masters.filter((master) => master.id !== target.id), target]) {
    const admin = new Redis({ host: node.host, port: node.port });
    try {
      if (node === target) await admin.cluster('BUMPEPOCH');
      await admin.cluster('SETSLOT', slot, 'NODE', target.clusterId ?? '');
    } finally {
      admin.disconnect();
    }
  }
}

/** Wait until every master names `target` as the owner of `slot` (gossip settled). */
export async function waitForSlotOwner(
  masters: readonly RedisNodeInfo[],
  slot: number,
  target: RedisNodeInfo,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const owners = await Promise.all(
      masters.map(async (node) => {
        const admin = new Redis({ host: node.host, port: node.port });
        try {
          const ranges = await admin.cluster('SLOTS');
          const range = ranges.find(([start, end]) => start <= slot && slot <= end);
          const owner = range?.[2];
          return owner === undefined ? '' : `${owner[0]}:${String(owner[1])}`;
        } finally {
          admin.disconnect();
        }
      }),
    );
    if (owners.every((owner) => owner === `${target.host}:${String(target.port)}`)) return;
    if (Date.now() > deadline) throw new Error(`slot ${slot} owners still ${owners.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
