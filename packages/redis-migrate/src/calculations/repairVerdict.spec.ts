import { describe, expect, it } from 'vitest';
import type { RepairRead } from '../models/RepairRead.js';
import { sidesAgree } from './repairVerdict.js';

const absent: RepairRead = { kind: 'absent' };
const present = (content: string, expiresAt = -1): RepairRead => ({
  kind: 'present',
  payload: Buffer.from(content),
  expiresAt,
  exact: `exact-${content}`,
  content,
});

describe(sidesAgree, () => {
  describe.each([
    ['both absent', absent, absent, true],
    ['absent on the other side', present('a'), absent, false],
    ['extra on the other side', absent, present('a'), false],
    ['other contents', present('a'), present('b'), false],
    ['same contents, no expiry', present('a'), present('a'), true],
    ['an expiry on one side only', present('a', 5_000), present('a'), false],
    ['expiries within the tolerance', present('a', 5_000), present('a', 5_500), true],
    ['expiries past the tolerance', present('a', 5_000), present('a', 7_000), false],
    ['absent on the other side, expiring now', present('a', 1_100), absent, true],
  ] as const)('having %s', (_name, authoritative, other, agree) => {
    it(`should say ${agree}`, () => {
      expect(sidesAgree(authoritative, other, 1_000, 1_000)).toBe(agree);
    });
  });
});
