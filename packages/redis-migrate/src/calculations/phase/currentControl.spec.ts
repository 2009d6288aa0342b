import { describe, expect, it } from 'vitest';
import { currentControl, initialControl } from './currentControl.js';

const at = '2026-01-01T00:00:00.000Z';

describe(currentControl, () => {
  describe('having no copy on either side', () => {
    it('should be dual-write at revision 0, not in sync', () => {
      expect(currentControl(undefined, undefined)).toStrictEqual({ control: initialControl, inSync: false });
    });
  });

  describe('having the target one revision ahead', () => {
    it('should take the target copy', () => {
      const result = currentControl(
        { phase: 'dual-write', revision: 1, changedAt: at },
        { phase: 'shadow', revision: 2, changedAt: at },
      );
      expect(result).toStrictEqual({
        control: { phase: 'shadow', revision: 2, changedAt: at },
        inSync: false,
      });
    });
  });

  describe('having one copy only', () => {
    it('should take it, not in sync', () => {
      const only = { phase: 'shadow', revision: 4, changedAt: at } as const;
      expect(currentControl(undefined, only)).toStrictEqual({ control: only, inSync: false });
    });
  });

  describe('having equal copies', () => {
    it('should be in sync', () => {
      const copy = { phase: 'cutover', revision: 3, changedAt: at } as const;
      expect(currentControl(copy, { ...copy }).inSync).toBe(true);
    });
  });

  describe('having one revision with two phases', () => {
    it('should throw PHASE_CONFLICT', () => {
      expect(() =>
        currentControl(
          { phase: 'shadow', revision: 2, changedAt: at },
          { phase: 'cutover', revision: 2, changedAt: at },
        ),
      ).toThrow(expect.objectContaining({ code: 'PHASE_CONFLICT' }) as unknown);
    });
  });
});
