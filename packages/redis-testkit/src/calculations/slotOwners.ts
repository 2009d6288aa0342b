import { CLUSTER_SLOTS } from './slotRanges.js';

/** Which master serves each hash slot. */
export interface SlotOwners {
  /** Masters as `host:port`, in order of first appearance in the reply. */
  readonly masters: readonly { readonly host: string; readonly port: number }[];
  /** Index into `masters` per slot; 255 for a slot nobody serves. */
  readonly ownerBySlot: Uint8Array;
}

/** Marks a slot no master serves in {@link SlotOwners.ownerBySlot}. */
export const UNSERVED_SLOT = 255;

/**
 * Read the reply of `CLUSTER SLOTS` (`[first, last, [host, port, id…], …replicas]` per range).
 * @throws RangeError when the reply is not that shape, or a slot is not served (writes would fail).
 */
export function slotOwners(reply: unknown): SlotOwners {
  if (!Array.isArray(reply)) throw new RangeError('CLUSTER SLOTS did not answer an array');
  const masters: { host: string; port: number }[] = [];
  const ownerBySlot = new Uint8Array(CLUSTER_SLOTS).fill(UNSERVED_SLOT);
  for (const range of reply as unknown[]) {
    const [first, last, master] = Array.isArray(range) ? (range as unknown[]) : [];
    const [host, port] = Array.isArray(master) ? (master as unknown[]) : [];
    if (typeof first !== 'number' || typeof last !== 'number' || typeof port !== 'number')
      throw new RangeError(
        `CLUSTER SLOTS range is not [first, last, [host, port…]]: ${JSON.stringify(range)}`,
      );
    const address = { host: String(host), port };
    let index = masters.findIndex((known) => known.host === address.host && known.port === address.port);
    if (index === -1) index = masters.push(address) - 1;
    if (index >= UNSERVED_SLOT) throw new RangeError(`More than ${UNSERVED_SLOT} masters in CLUSTER SLOTS`);
    ownerBySlot.fill(index, first, last + 1);
  }
  const unserved = ownerBySlot.indexOf(UNSERVED_SLOT);
  if (unserved !== -1)
    throw new RangeError(`Slot ${unserved} is served by no master: wait for cluster_state:ok`);
  return { masters, ownerBySlot };
}
