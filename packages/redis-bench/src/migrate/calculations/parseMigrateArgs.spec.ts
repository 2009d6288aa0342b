import { describe, expect, it } from 'vitest';
import { parseMigrateArgs } from './parseMigrateArgs.js';

describe(parseMigrateArgs, () => {
  describe('having nothing', () => {
    it('should run the full benchmark', () => {
      expect(parseMigrateArgs([])).toStrictEqual({ mode: 'full' });
    });
  });

  describe('having --quick --only redis-cli and a pnpm --', () => {
    it('should run redis-cli alone, quickly', () => {
      expect(parseMigrateArgs(['--', '--quick', '--only', 'redis-cli'])).toStrictEqual({
        mode: 'quick',
        only: 'redis-cli',
      });
    });
  });

  describe('having --only with another tool', () => {
    it('should throw naming the choices', () => {
      expect(() => parseMigrateArgs(['--only', 'riot'])).toThrow(/ours or redis-cli/);
    });
  });

  describe('having an unknown flag', () => {
    it('should throw with the usage line', () => {
      expect(() => parseMigrateArgs(['--fast'])).toThrow(/usage/);
    });
  });
});
