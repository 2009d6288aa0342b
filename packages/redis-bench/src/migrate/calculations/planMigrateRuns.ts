import type { MigrateBenchSize } from '../models/MigrateBenchSettings.js';
import type { MigrateTool, PlannedRun } from '../models/MigrateRun.js';

/**
 * The runs in order, interleaved so that neither tool always goes first (the machine warms up and
 * other load comes and goes): per size, rounds alternate ours/redis-cli then redis-cli/ours
 * (ours, redis-cli, redis-cli, ours…). With one tool only, that tool's runs in the same slots.
 */
export function planMigrateRuns(
  sizes: readonly MigrateBenchSize[],
  tools: readonly MigrateTool[] = ['ours', 'redis-cli'],
): PlannedRun[] {
  return sizes.flatMap(({ keys, roundsPerTool }) =>
    Array.from({ length: roundsPerTool }, (_, round) =>
      round % 2 === 0 ? tools : [...tools].reverse(),
    ).flatMap((order) => order.map((tool) => ({ tool, keys }))),
  );
}
