import { describe, expect, it } from 'vitest';
import { parseCacheArgs } from './parseCacheArgs.js';

describe(parseCacheArgs, () => {
  describe('having nothing', () => {
    it('should run the full benchmark', () => {
      expect(parseCacheArgs([])).toStrictEqual({ mode: 'full' });
    });
  });

  describe('having --quick --out and a pnpm --', () => {
    it('should run quickly into that file', () => {
      expect(parseCacheArgs(['--', '--quick', '--out', '/tmp/c.md'])).toStrictEqual({
        mode: 'quick',
        out: '/tmp/c.md',
      });
    });
  });

  describe('having --out without a file', () => {
    it('should throw', () => {
      expect(() => parseCacheArgs(['--out', '--quick'])).toThrow(/--out needs a value/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw with the usage line', () => {
      expect(() => parseCacheArgs(['--rounds', '3'])).toThrow(/usage: bench:cache/);
    });
  });
});
