import { describe, expect, it } from 'vitest';
import { parseChaosArgs } from './parseChaosArgs.js';

const known = ['master-kill', 'standalone-restart'];

describe(parseChaosArgs, () => {
  describe('having no flag', () => {
    it('should ask for the short form', () => {
      expect(parseChaosArgs([], known)).toEqual({ form: 'short' });
    });
  });

  describe('having --full, --out and --only', () => {
    it('should return all three', () => {
      expect(parseChaosArgs(['--full', '--out', 'x.md', '--only', 'master-kill'], known)).toEqual({
        form: 'full',
        out: 'x.md',
        only: ['master-kill'],
      });
    });
  });

  describe('having --out without a value', () => {
    it('should say the flag needs one', () => {
      expect(() => parseChaosArgs(['--out', '--full'], known)).toThrow('--out needs a value');
    });
  });

  describe('having an unknown flag', () => {
    it('should name it and the valid ones', () => {
      expect(() => parseChaosArgs(['--fast'], known)).toThrow(/unknown flag --fast: use --full/);
    });
  });

  describe('having an unknown scenario', () => {
    it('should list the known ones', () => {
      expect(() => parseChaosArgs(['--only', 'nope'], known)).toThrow(
        '--only: no scenario nope; known: master-kill, standalone-restart',
      );
    });
  });
});
