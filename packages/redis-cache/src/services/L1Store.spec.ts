import { describe, expect, it } from 'vitest';
import { L1Store } from './L1Store.js';

const entry = { value: 'v', expiresAt: Date.now() + 60_000, staleUntil: Date.now() + 60_000, tags: [] };

function store(): L1Store {
  return new L1Store({ enabled: true, maxEntries: 10, maxBytes: 1_000 });
}

describe(L1Store, () => {
  describe('.set', () => {
    describe('having the key invalidated while it was read from Redis', () => {
      it('should not keep the older value', () => {
        const subject = store();
        const readAt = subject.mark();
        subject.delete(['k']);
        subject.set('k', entry, 1, Date.now(), readAt);
        expect(subject.get('k')).toBeUndefined();
      });
    });

    describe('having another key invalidated meanwhile', () => {
      it('should keep the value', () => {
        const subject = store();
        const readAt = subject.mark();
        subject.delete(['other']);
        subject.set('k', entry, 1, Date.now(), readAt);
        expect(subject.get('k')).toBe(entry);
      });
    });

    describe('having more bytes than maxBytes', () => {
      it('should drop the least recently used', () => {
        const subject = store();
        subject.set('a', entry, 200, Date.now());
        subject.set('b', entry, 200, Date.now());
        subject.set('c', entry, 200, Date.now());
        expect([subject.get('a'), subject.size]).toEqual([undefined, 2]);
      });
    });
  });

  describe('.setTrusted', () => {
    it('should drop everything and answer nothing while untrusted', () => {
      const subject = store();
      subject.set('k', entry, 1, Date.now());
      subject.setTrusted(false);
      subject.set('j', entry, 1, Date.now());
      const whileUntrusted = [subject.get('k'), subject.get('j')];
      subject.setTrusted(true);
      expect([...whileUntrusted, subject.get('k')]).toEqual([undefined, undefined, undefined]);
    });
  });
});
