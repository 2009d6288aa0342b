import { describe, expect, it } from 'vitest';
import { BusSequence } from './BusSequence.js';

const peer = (e: number) => ({ i: 'peer', e, t: 'h' as const });
const own = (e: number) => ({ i: 'me', e, t: 'h' as const });

describe(BusSequence, () => {
  describe('.received', () => {
    describe("having a peer's messages in order", () => {
      it('should see no gap', () => {
        const sequence = new BusSequence('me');
        expect([peer(4), peer(5), peer(6)].map((message) => sequence.received(message, 0))).toEqual([
          'ok',
          'ok',
          'ok',
        ]);
      });
    });

    describe("having a peer's number jump", () => {
      it('should report a gap', () => {
        const sequence = new BusSequence('me');
        sequence.received(peer(1), 0);
        expect(sequence.received(peer(3), 0)).toBe('gap');
      });
    });

    describe("having a peer's old message again", () => {
      it('should call it stale', () => {
        const sequence = new BusSequence('me');
        sequence.received(peer(2), 0);
        expect(sequence.received(peer(2), 0)).toBe('stale');
      });
    });

    describe('having an own message overtake an earlier accepted one', () => {
      it('should report a gap (the subscriber lost the earlier one)', () => {
        const sequence = new BusSequence('me');
        const first = sequence.next();
        const second = sequence.next();
        sequence.accepted(first, 0);
        sequence.accepted(second, 0);
        expect(sequence.received(own(second), 1)).toBe('gap');
      });
    });

    describe('having an own message that Redis refused', () => {
      it('should not wait for it', () => {
        const sequence = new BusSequence('me');
        sequence.next();
        const second = sequence.next();
        sequence.accepted(second, 0);
        expect([sequence.received(own(second), 1), sequence.overdue(10_000, 100)]).toEqual(['ok', false]);
      });
    });

    describe("having an own message come back before PUBLISH's reply", () => {
      it('should not count it overdue later', () => {
        const sequence = new BusSequence('me');
        const e = sequence.next();
        const verdict = sequence.received(own(e), 0);
        sequence.accepted(e, 0);
        expect([verdict, sequence.overdue(10_000, 100)]).toEqual(['ok', false]);
      });
    });

    describe('having a peer silent for over a minute', () => {
      it('should take its next message as from a new peer', () => {
        const sequence = new BusSequence('me');
        sequence.received(peer(1), 0);
        expect(sequence.received(peer(9), 61_000)).toBe('ok');
      });
    });
  });

  describe('.overdue', () => {
    it('should be true once an accepted own message is older than the allowance', () => {
      const sequence = new BusSequence('me');
      sequence.accepted(sequence.next(), 1_000);
      expect([sequence.overdue(1_050, 100), sequence.overdue(1_101, 100)]).toEqual([false, true]);
    });
  });
});
