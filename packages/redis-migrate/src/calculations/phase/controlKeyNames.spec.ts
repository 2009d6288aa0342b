import { describe, expect, it } from 'vitest';
import { controlKeyNames, isControlKey } from './controlKeyNames.js';

describe(isControlKey, () => {
  const names = controlKeyNames('move:phase');

  describe.each(['move:phase', 'move:phase:verified', 'move:phase:repair'])('having %s', (key) => {
    it('should be a control key', () => {
      expect(isControlKey(names, Buffer.from(key))).toBe(true);
    });
  });

  describe('having an application key sharing the prefix', () => {
    it('should not be one', () => {
      expect(isControlKey(names, Buffer.from('move:phase:x'))).toBe(false);
    });
  });
});
