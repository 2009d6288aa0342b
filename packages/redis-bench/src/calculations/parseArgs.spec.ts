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

  describe('having --baseline with a separate value', () => {
    it('should take that directory and keep quick mode', () => {
      expect(parseArgs(['--baseline', '/tmp/before', '--out', 'z.md'])).toStrictEqual({
        mode: 'quick',
        out: 'z.md',
        baseline: '/tmp/before',
      });
    });
  });

  describe('having --baseline=<dir>', () => {
    it('should take the directory after the equals sign', () => {
      expect(parseArgs(['--full', '--baseline=../before'])).toStrictEqual({
        mode: 'full',
        baseline: '../before',
      });
    });
  });

  describe('having --baseline followed by another flag', () => {
    it('should throw with the usage line', () => {
      expect(() => parseArgs(['--baseline', '--full'])).toThrow(
        /--baseline needs a checkout directory: usage: .*\[--baseline <dir>\]/,
      );
    });
  });

  describe('having --baseline= without a directory', () => {
    it('should throw with the usage line', () => {
      expect(() => parseArgs(['--baseline='])).toThrow(/--baseline needs a checkout directory/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw naming it', () => {
      expect(() => parseArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    });
  });
});
