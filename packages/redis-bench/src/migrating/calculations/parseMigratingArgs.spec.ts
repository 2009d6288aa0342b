import { describe, expect, it } from 'vitest';
import { parseMigratingArgs } from './parseMigratingArgs.js';

describe(parseMigratingArgs, () => {
  describe('having nothing', () => {
    it('should run the full benchmark', () => {
      expect(parseMigratingArgs([])).toStrictEqual({ mode: 'full' });
    });
  });

  describe('having --quick --out and a pnpm --', () => {
    it('should run quickly into that file', () => {
      expect(parseMigratingArgs(['--', '--quick', '--out', '/tmp/m.md'])).toStrictEqual({
        mode: 'quick',
        out: '/tmp/m.md',
      });
    });
  });

  describe('having --out without a file', () => {
    it('should throw', () => {
      expect(() => parseMigratingArgs(['--out'])).toThrow(/--out needs a value/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw with the usage line', () => {
      expect(() => parseMigratingArgs(['--rounds', '3'])).toThrow(/usage/);
    });
  });
});
