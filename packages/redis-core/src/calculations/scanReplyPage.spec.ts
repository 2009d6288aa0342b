import { describe, expect, it } from 'vitest';
import { scanReplyPage } from './scanReplyPage.js';

const binary = Buffer.from([0xff, 0x00, 0xfe]);

describe(scanReplyPage, () => {
  describe('having text keys and a prefix', () => {
    it('should strip the prefix', () => {
      expect(scanReplyPage(['17', ['p:a', 'p:b']], 'p:', false)).toStrictEqual({
        cursor: '17',
        keys: ['a', 'b'],
      });
    });
  });

  describe('having Buffer keys and a prefix of several bytes per character', () => {
    it('should strip the prefix as bytes and give the cursor as text', () => {
      const page = scanReplyPage(
        [Buffer.from('0'), [Buffer.concat([Buffer.from('é:'), binary])]],
        'é:',
        true,
      );
      expect(page).toStrictEqual({ cursor: '0', keys: [binary] });
    });
  });

  describe('having Buffer keys and no prefix', () => {
    it('should keep the keys as they are', () => {
      expect(scanReplyPage([Buffer.from('5'), [binary]], '', true).keys).toStrictEqual([binary]);
    });
  });
});
