import { describe, expect, it } from 'vitest';
import type { KeyState } from '../models/KeyState.js';
import { compareKeyStates, ttlDifference } from './compareKeyStates.js';

const now = 1_700_000_000_000;
const how = { sameVersion: true, ttlToleranceMs: 2000, now };
const stringPayload = Buffer.from([0x00, 0x01, 0x61, 0x0b, 0x00]);
const dumped = (payload: Buffer, expiresAt?: number): KeyState => ({ kind: 'dumped', payload, expiresAt });
const digested = (type: string, digest: string, expiresAt?: number): KeyState => ({
  kind: 'digested',
  type,
  digest,
  bytes: 120,
  expiresAt,
});

describe(compareKeyStates, () => {
  describe('having equal payloads and no expiry', () => {
    it('should find nothing and need no per-type read', () => {
      expect(compareKeyStates(dumped(stringPayload), dumped(Buffer.from(stringPayload)), how)).toStrictEqual({
        verdict: 'compared',
        differences: [],
        needsContents: false,
      });
    });
  });

  describe('having equal payloads from different versions', () => {
    it('should ask for a per-type read', () => {
      const verdict = compareKeyStates(dumped(stringPayload), dumped(stringPayload), {
        ...how,
        sameVersion: false,
      });
      expect(verdict).toStrictEqual({ verdict: 'compared', differences: [], needsContents: true });
    });
  });

  describe('having different payloads of one type', () => {
    it('should ask for a per-type read (a hash table may just be in another order)', () => {
      const verdict = compareKeyStates(dumped(stringPayload), dumped(Buffer.from([0x00, 0x01, 0x62])), how);
      expect(verdict).toStrictEqual({ verdict: 'compared', differences: [], needsContents: true });
    });
  });

  describe('having payloads of different types', () => {
    it('should report typeDiffers without a per-type read', () => {
      const verdict = compareKeyStates(dumped(stringPayload), dumped(Buffer.from([18, 0x01])), how);
      expect(verdict).toStrictEqual({
        verdict: 'compared',
        differences: [{ kind: 'typeDiffers', detail: 'string on the source, list on the target' }],
        needsContents: false,
      });
    });
  });

  describe('having equal element digests from different versions', () => {
    it('should find nothing and need no per-type read (a digest holds no RDB version)', () => {
      const verdict = compareKeyStates(digested('set', 'ab12'), digested('set', 'ab12'), {
        ...how,
        sameVersion: false,
      });
      expect(verdict).toStrictEqual({ verdict: 'compared', differences: [], needsContents: false });
    });
  });

  describe('having different element digests', () => {
    it('should ask for a per-type read, which names the element', () => {
      const verdict = compareKeyStates(digested('hash', 'ab12'), digested('hash', 'cd34'), how);
      expect(verdict).toStrictEqual({ verdict: 'compared', differences: [], needsContents: true });
    });
  });

  describe('having digests of different types', () => {
    it('should report typeDiffers without a per-type read', () => {
      const verdict = compareKeyStates(digested('set', 'ab12'), digested('hash', 'ab12'), how);
      expect(verdict).toStrictEqual({
        verdict: 'compared',
        differences: [{ kind: 'typeDiffers', detail: 'set on the source, hash on the target' }],
        needsContents: false,
      });
    });
  });

  describe('having a digest on one side and a payload on the other', () => {
    it('should ask for a per-type read (the encodings differ)', () => {
      const verdict = compareKeyStates(digested('set', 'ab12'), dumped(Buffer.from([20, 0x01])), how);
      expect(verdict).toStrictEqual({ verdict: 'compared', differences: [], needsContents: true });
    });
  });

  describe('having equal digests and expiries too far apart', () => {
    it('should report ttlDiffers and need no per-type read', () => {
      const verdict = compareKeyStates(
        digested('set', 'ab12', now + 10_000),
        digested('set', 'ab12', now),
        how,
      );
      expect(verdict).toStrictEqual({
        verdict: 'compared',
        differences: [{ kind: 'ttlDiffers', detail: 'expiries 10000 ms apart (tolerance 2000 ms)' }],
        needsContents: false,
      });
    });
  });

  describe('having the key gone from the source', () => {
    it('should skip it', () => {
      expect(compareKeyStates({ kind: 'missing' }, dumped(stringPayload), how)).toStrictEqual({
        verdict: 'skip',
      });
    });
  });

  describe('having the key missing on the target', () => {
    it('should report missing', () => {
      expect(compareKeyStates(dumped(stringPayload), { kind: 'missing' }, how)).toStrictEqual({
        verdict: 'compared',
        differences: [{ kind: 'missing', detail: 'not on the target' }],
        needsContents: false,
      });
    });
  });

  describe('having the key missing on the target and expiring within the tolerance', () => {
    it('should skip it', () => {
      expect(compareKeyStates(dumped(stringPayload, now + 1000), { kind: 'missing' }, how)).toStrictEqual({
        verdict: 'skip',
      });
    });
  });

  describe('having a big key on one side', () => {
    it('should ask for a per-type read and still compare expiries', () => {
      const big: KeyState = { kind: 'big', bytes: 1e9, expiresAt: undefined };
      expect(compareKeyStates(big, dumped(stringPayload, now + 60_000), how)).toStrictEqual({
        verdict: 'compared',
        differences: [
          { kind: 'ttlDiffers', detail: expect.stringContaining('no expiry on the source') as unknown },
        ],
        needsContents: true,
      });
    });
  });
});

describe(ttlDifference, () => {
  describe('having expiries 1500 ms apart and a 2000 ms tolerance', () => {
    it('should find no difference', () => {
      expect(ttlDifference(now, now + 1500, 2000)).toBeUndefined();
    });
  });

  describe('having expiries 2500 ms apart', () => {
    it('should say how far apart', () => {
      expect(ttlDifference(now, now + 2500, 2000)).toBe('expiries 2500 ms apart (tolerance 2000 ms)');
    });
  });

  describe('having an expiry on the source only', () => {
    it('should say the target has none', () => {
      expect(ttlDifference(now, undefined, 2000)).toBe(
        `expires at ${new Date(now).toISOString()} on the source, no expiry on the target`,
      );
    });
  });

  describe('having no expiry on either side', () => {
    it('should find no difference', () => {
      expect(ttlDifference(undefined, undefined, 0)).toBeUndefined();
    });
  });
});
