import type { MigratingRow, MigratingScenarioId } from '../models/MigratingResults.js';
import type { MigratingVariantId } from '../models/MigratingVariant.js';

/** A migrating variant's figures in one scenario, against the source alone and against what is expected. */
export interface BaselineComparison {
  readonly scenario: MigratingScenarioId;
  readonly variant: MigratingVariantId;
  /** Its p50 minus the source alone's p50, µs. */
  readonly addedP50Us: number;
  /** Its p99 minus the source alone's p99, µs. */
  readonly addedP99Us: number;
  /** Its ops/s over the source alone's. */
  readonly opsRatio: number;
  /** The plain variants whose p50s add up to what this one should cost. */
  readonly expectedFrom: readonly MigratingVariantId[];
  /** The sum of their p50s, µs. */
  readonly expectedP50Us: number;
  /** Its p50 over that sum: 1 means the layer adds nothing of its own. */
  readonly ofExpected: number;
}

/**
 * What a migrating variant's op should cost, as the plain sides it runs on one after the other: a
 * write both sides (source and target, in either order, awaited in turn) until `done`; a read the
 * read side, the source before `cutover` and the target from then on (a shadow read's second
 * run is off the caller's path). `[]` for the plain variants themselves.
 */
export function expectedSides(variant: MigratingVariantId, command: 'SET' | 'GET'): MigratingVariantId[] {
  if (variant === 'standalone' || variant === 'cluster') return [];
  if (command === 'SET') return ['standalone', 'cluster'];
  return variant === 'cutover' ? ['cluster'] : ['standalone'];
}

/**
 * For every migrating variant of every scenario: what it adds over the source alone (the
 * baseline, the same scenario's `standalone` row), and its p50 against the sum of the p50s of the
 * sides it runs on ({@link expectedSides}). Rows without a baseline or with failed figures give NaN.
 */
export function compareToBaseline(rows: readonly MigratingRow[]): BaselineComparison[] {
  const find = (scenario: MigratingScenarioId, variant: MigratingVariantId): MigratingRow | undefined =>
    rows.find((row) => row.scenario.id === scenario && row.variant === variant);
  return rows.flatMap((row): BaselineComparison[] => {
    const expectedFrom = expectedSides(row.variant, row.scenario.command);
    if (expectedFrom.length === 0) return [];
    const baseline = find(row.scenario.id, 'standalone');
    const expectedP50Us = expectedFrom.reduce(
      (sum, side) => sum + (find(row.scenario.id, side)?.p50Us ?? Number.NaN),
      0,
    );
    return [
      {
        scenario: row.scenario.id,
        variant: row.variant,
        addedP50Us: row.p50Us - (baseline?.p50Us ?? Number.NaN),
        addedP99Us: row.p99Us - (baseline?.p99Us ?? Number.NaN),
        opsRatio: row.opsPerSecond / (baseline?.opsPerSecond ?? Number.NaN),
        expectedFrom,
        expectedP50Us,
        ofExpected: row.p50Us / expectedP50Us,
      },
    ];
  });
}
