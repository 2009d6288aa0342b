import { describe, expect, it } from 'vitest';
import { planMigrateRuns } from './planMigrateRuns.js';

describe(planMigrateRuns, () => {
  describe('having 100 k once and 1 M twice', () => {
    it('should alternate which tool goes first', () => {
      const plan = planMigrateRuns([
        { keys: 100_000, roundsPerTool: 1 },
        { keys: 1_000_000, roundsPerTool: 2 },
      ]);
      expect(plan.map((run) => `${run.tool}@${run.keys}`)).toStrictEqual([
        'ours@100000',
        'redis-cli@100000',
        'ours@1000000',
        'redis-cli@1000000',
        'redis-cli@1000000',
        'ours@1000000',
      ]);
    });
  });

  describe('having redis-cli only', () => {
    it('should plan its runs alone', () => {
      expect(planMigrateRuns([{ keys: 10, roundsPerTool: 2 }], ['redis-cli'])).toStrictEqual([
        { tool: 'redis-cli', keys: 10 },
        { tool: 'redis-cli', keys: 10 },
      ]);
    });
  });
});
