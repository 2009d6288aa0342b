import { describe, expect, it } from 'vitest';
import { runMigrate } from './support/runMigrate.js';

describe('redis-migrate', () => {
  describe('having --help', () => {
    it('should print the usage and exit 0', async () => {
      const run = await runMigrate(['--help']);
      expect([run.exitCode, run.stdout]).toStrictEqual([0, expect.stringContaining('Usage: redis-migrate')]);
    });
  });

  describe('having an unknown subcommand', () => {
    it('should exit with the usage code 2', async () => {
      const run = await runMigrate(['teleport']);
      expect([run.exitCode, run.stderr]).toStrictEqual([2, expect.stringContaining('teleport')]);
    });
  });
});
