import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs.js';

describe(parseArgs, () => {
  describe('having no arguments', () => {
    it('should pick quick mode without an output file', () => {
      expect(parseArgs([])).toStrictEqual({ mode: 'quick' });
    });
  });

  describe('having --full and --out with a separate value', () => {
    it('should pick full mode and that file', () => {
      expect(parseArgs(['--full', '--out', 'x.md'])).toStrictEqual({ mode: 'full', out: 'x.md' });
    });
  });

  describe('having --out=<file> after a bare --', () => {
    it('should ignore the -- and take the file', () => {
      expect(parseArgs(['--', '--out=y.md'])).toStrictEqual({ mode: 'quick', out: 'y.md' });
    });
  });

  describe('having --out without a file', () => {
    it('should throw with the usage line', () => {
      expect(() => parseArgs(['--out'])).toThrow(/--out needs a file name: usage/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw naming it', () => {
      expect(() => parseArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    });
  });
});
