import { median } from '../../calculations/stats.js';
import type { MigrateRun, MigrateTool, ProcessFigures } from '../models/MigrateRun.js';

/** The runs of one tool (or of `verify`) at one size, summed up. */
export interface MigrateSummary {
  readonly tool: MigrateTool | 'verify';
  readonly keys: number;
  readonly runs: number;
  readonly medianWallSeconds: number;
  /** `keys / medianWallSeconds`. */
  readonly keysPerSecond: number;
  /** Slowest and fastest run's keys/s. */
  readonly keysPerSecondRange: readonly [number, number];
  /** Highest peak RSS over the runs, bytes (NaN when none could be read). */
  readonly peakRssBytes: number;
  /** Median CPU of the tool process itself (NaN when not measured). */
  readonly toolCpuSeconds: number;
  /** Median CPU of the source server (NaN for verify, which is not measured separately). */
  readonly sourceCpuSeconds: number;
  readonly targetCpuSeconds: number;
}

function summary(
  tool: MigrateSummary['tool'],
  keys: number,
  figures: readonly ProcessFigures[],
  cpu: readonly { source: number; target: number }[],
): MigrateSummary {
  const wall = median(figures.map((run) => run.wallSeconds));
  const peaks = figures.flatMap((run) => (run.peakRssBytes === undefined ? [] : [run.peakRssBytes]));
  return {
    tool,
    keys,
    runs: figures.length,
    medianWallSeconds: wall,
    keysPerSecond: keys / wall,
    keysPerSecondRange: [
      keys / Math.max(...figures.map((run) => run.wallSeconds)),
      keys / Math.min(...figures.map((run) => run.wallSeconds)),
    ],
    peakRssBytes: peaks.length === 0 ? Number.NaN : Math.max(...peaks),
    toolCpuSeconds: median(figures.map((run) => run.cpuSeconds ?? Number.NaN)),
    sourceCpuSeconds: median(cpu.map((entry) => entry.source)),
    targetCpuSeconds: median(cpu.map((entry) => entry.target)),
  };
}

/**
 * One summary per tool and size (sizes ascending), plus one per size for `verify` where it ran:
 * median wall time, keys/s from it, the highest peak RSS, median server CPU.
 */
export function summarizeMigrateRuns(runs: readonly MigrateRun[]): MigrateSummary[] {
  const sizes = [...new Set(runs.map((run) => run.keys))].sort((a, b) => a - b);
  return (['ours', 'redis-cli', 'verify'] as const).flatMap((tool) =>
    sizes.flatMap((keys) => {
      const matching = runs.filter(
        (run) => run.keys === keys && (tool === 'verify' ? run.verify !== undefined : run.tool === tool),
      );
      if (matching.length === 0) return [];
      if (tool !== 'verify') {
        const cpu = matching.map((run) => ({ source: run.sourceCpuSeconds, target: run.targetCpuSeconds }));
        return [
          summary(
            tool,
            keys,
            matching.map((run) => run.copy),
            cpu,
          ),
        ];
      }
      const figures = matching.flatMap((run) => (run.verify === undefined ? [] : [run.verify]));
      return [summary('verify', keys, figures, [])];
    }),
  );
}
