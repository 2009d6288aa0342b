import { describe, expect, it } from 'vitest';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';
import { formatVerifiedRecord, parseVerifiedRecord } from './verifiedRecordJson.js';

const record: VerifiedRecord = {
  clean: true,
  at: '2026-01-01T00:00:00.000Z',
  authoritative: 'source',
  revision: 1,
  phase: 'dual-write',
  keysChecked: 3,
  repaired: 1,
  stillDiffering: 0,
};

describe(parseVerifiedRecord, () => {
  describe('having a formatted record', () => {
    it('should give it back', () => {
      expect(parseVerifiedRecord(formatVerifiedRecord(record), 'k')).toStrictEqual(record);
    });
  });

  describe.each([
    ['not JSON', '{'],
    ['no clean flag', JSON.stringify({ ...record, clean: 'yes' })],
    ['a negative count', JSON.stringify({ ...record, repaired: -1 })],
    ['an unknown phase', JSON.stringify({ ...record, phase: 'later' })],
  ])('having %s', (_name, text) => {
    it('should throw CONTROL_INVALID naming the key', () => {
      expect(() => parseVerifiedRecord(text, 'redis-migrate:phase:verified')).toThrow(
        expect.objectContaining({
          code: 'CONTROL_INVALID',
          message: expect.stringContaining('redis-migrate:phase:verified') as unknown,
        }) as unknown,
      );
    });
  });
});
