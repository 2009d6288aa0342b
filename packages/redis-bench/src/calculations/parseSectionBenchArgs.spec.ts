import { describe, expect, it } from 'vitest';
import { parseSectionBenchArgs } from './parseSectionBenchArgs.js';

describe(parseSectionBenchArgs, () => {
  describe('having nothing', () => {
    it('should run the full benchmark', () => {
      expect(parseSectionBenchArgs('bench:cache', [])).toStrictEqual({ mode: 'full' });
    });
  });

  describe('having --quick --out and a pnpm --', () => {
    it('should run quickly into that file', () => {
      expect(parseSectionBenchArgs('bench:cache', ['--', '--quick', '--out', '/tmp/c.md'])).toStrictEqual({
        mode: 'quick',
        out: '/tmp/c.md',
      });
    });
  });

  describe('having --out without a file', () => {
    it('should throw', () => {
      expect(() => parseSectionBenchArgs('bench:cache', ['--out', '--quick'])).toThrow(/--out needs a value/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw with the usage line', () => {
      expect(() => parseSectionBenchArgs('bench:cache', ['--rounds', '3'])).toThrow(/usage: bench:cache/);
    });
  });
});
