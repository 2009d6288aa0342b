import type { BusMessage } from '../models/BusMessage.js';

/** How long a silent peer is remembered: a peer that comes back after that counts as a new one. */
const PEER_MEMORY_MS = 60_000;

/**
 * Tells, from message numbers, whether bus messages were lost. Pure bookkeeping, no timers: the bus feeds
 * it what it sent and what it received.
 *
 * - A peer's numbers must follow each other: a jump means messages of that peer never arrived.
 * - The instance's own messages come back to it (it is subscribed too): one that Redis accepted and that
 *   is overtaken by a later one, or that has not come back after a heartbeat interval, means this
 *   instance's subscriber connection was (or is) down, so it lost everyone's messages meanwhile.
 */
export class BusSequence {
  private sent = 0;
  /** Own messages Redis accepted, not yet back: number → when accepted. */
  private readonly pending = new Map<number, number>();
  private readonly peers = new Map<string, { e: number; seenAt: number }>();
  /** Own messages that came back before PUBLISH's reply did (the subscriber connection can be faster). */
  private readonly early = new Set<number>();

  /** @param self - this instance's id. */
  public constructor(public readonly self: string) {}

  /** The number of the next message to send (counted even if sending fails: peers then see a jump). */
  public next(): number {
    this.sent += 1;
    return this.sent;
  }

  /** Redis accepted own message `e` at `at`: it should come back. */
  public accepted(e: number, at: number): void {
    if (this.early.delete(e)) return;
    this.pending.set(e, at);
  }

  /**
   * A message arrived.
   * @returns `gap` when messages were lost before it, `stale` for an old or repeated one (ignore it), else `ok`.
   */
  public received(message: BusMessage, now: number): 'ok' | 'gap' | 'stale' {
    if (message.i === this.self) return this.ownReturned(message.e);
    const known = this.peers.get(message.i);
    if (known !== undefined && now - known.seenAt > PEER_MEMORY_MS) this.peers.delete(message.i);
    const last = this.peers.get(message.i);
    if (last !== undefined && message.e <= last.e) return 'stale';
    this.peers.set(message.i, { e: message.e, seenAt: now });
    return last !== undefined && message.e > last.e + 1 ? 'gap' : 'ok';
  }

  /** True when an own message accepted more than `withinMs` ago has not come back. */
  public overdue(now: number, withinMs: number): boolean {
    for (const at of this.pending.values()) if (now - at > withinMs) return true;
    return false;
  }

  /** Forgets peers silent for long (called on each heartbeat). */
  public prune(now: number): void {
    for (const [id, peer] of this.peers) if (now - peer.seenAt > PEER_MEMORY_MS) this.peers.delete(id);
  }

  private ownReturned(e: number): 'ok' | 'gap' | 'stale' {
    if (!this.pending.delete(e)) {
      if (e > this.sent) return 'stale';
      this.early.add(e);
    }
    let lost = false;
    for (const earlier of this.pending.keys())
      if (earlier < e) {
        this.pending.delete(earlier);
        lost = true;
      }
    return lost ? 'gap' : 'ok';
  }
}
