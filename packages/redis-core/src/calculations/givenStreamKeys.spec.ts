import { describe, expect, it } from 'vitest';
import { givenStreamKeys } from './givenStreamKeys.js';

const raw = Buffer.from([0xff, 0x00, 0xfe]);

describe(givenStreamKeys, () => {
  describe('having only text keys', () => {
    it('should leave the reply names alone (no work on the text path)', () => {
      expect(givenStreamKeys([{ key: 'a', id: '0' }], 'p:')).toBeUndefined();
    });
  });

  describe('having a Buffer key and a text reply (text view)', () => {
    it('should match the UTF-8 decoding of the prefixed key', () => {
      const keyOf = givenStreamKeys([{ key: raw, id: '0' }], 'p:');
      expect(keyOf?.(`p:${raw.toString()}`)).toBe(raw);
    });
  });

  describe('having a Buffer key and a Buffer reply (bytes view)', () => {
    it('should match the prefixed bytes', () => {
      const keyOf = givenStreamKeys(
        [
          { key: 'text', id: '0' },
          { key: raw, id: '0' },
        ],
        'p:',
      );
      expect(keyOf?.(Buffer.concat([Buffer.from('p:'), raw]))).toBe(raw);
    });

    it('should give a text key given alongside as the same string', () => {
      const keyOf = givenStreamKeys(
        [
          { key: 'text', id: '0' },
          { key: raw, id: '0' },
        ],
        'p:',
      );
      expect(keyOf?.(Buffer.from('p:text'))).toBe('text');
    });
  });

  describe('having the same key given twice', () => {
    it('should match them in the order given', () => {
      const again = Buffer.from(raw);
      const keyOf = givenStreamKeys(
        [
          { key: raw, id: '0' },
          { key: again, id: '1' },
        ],
        '',
      );
      keyOf?.(raw);
      expect(keyOf?.(raw)).toBe(again);
    });
  });

  describe('having a name no given key has', () => {
    it('should fall back to the name without the prefix', () => {
      expect(givenStreamKeys([{ key: raw, id: '0' }], 'p:')?.('p:unknown')).toBe('unknown');
    });
  });
});
