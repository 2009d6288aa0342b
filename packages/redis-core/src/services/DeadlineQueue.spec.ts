import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineQueue, type DeadlineEntry } from './DeadlineQueue.js';

function entry(expired: string[], name: string): DeadlineEntry {
  return {
    deadline: 0,
    previous: undefined,
    next: undefined,
    queued: false,
    expire: () => {
      expired.push(name);
    },
  };
}

describe(DeadlineQueue, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('having three entries added 10 ms apart with a 100 ms timeout', () => {
    it('should expire each one when its own deadline passes, in order', () => {
      const expired: string[] = [];
      const queue = new DeadlineQueue(100);
      for (const name of ['a', 'b', 'c']) {
        queue.add(entry(expired, name));
        vi.advanceTimersByTime(10);
      }
      const seen: string[][] = [];
      for (const step of [69, 2, 10, 10]) {
        vi.advanceTimersByTime(step);
        seen.push([...expired]);
      }
      expect(seen).toStrictEqual([[], ['a'], ['a', 'b'], ['a', 'b', 'c']]);
    });
  });

  describe('having entries removed before their deadline', () => {
    it('should never expire them, and keep the others', () => {
      const expired: string[] = [];
      const queue = new DeadlineQueue(50);
      const [first, middle, last] = ['first', 'middle', 'last'].map((name) => entry(expired, name));
      for (const item of [first, middle, last]) if (item !== undefined) queue.add(item);
      if (first !== undefined) queue.remove(first);
      if (last !== undefined) queue.remove(last);
      vi.advanceTimersByTime(200);
      expect([expired, queue.size]).toStrictEqual([['middle'], 0]);
    });

    it('should ignore a second removal of the same entry', () => {
      const expired: string[] = [];
      const queue = new DeadlineQueue(50);
      const [one, two] = [entry(expired, 'one'), entry(expired, 'two')];
      queue.add(one);
      queue.add(two);
      queue.remove(one);
      queue.remove(one);
      expect(queue.size).toBe(1);
    });
  });

  describe('having an entry added after the queue emptied', () => {
    it('should arm its timer again', () => {
      const expired: string[] = [];
      const queue = new DeadlineQueue(20);
      queue.add(entry(expired, 'early'));
      vi.advanceTimersByTime(30);
      queue.add(entry(expired, 'late'));
      vi.advanceTimersByTime(30);
      expect(expired).toStrictEqual(['early', 'late']);
    });
  });
});
