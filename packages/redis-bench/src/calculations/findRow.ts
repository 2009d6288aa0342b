import type { ResultRow } from '../models/Results.js';
import type { RowRef } from '../models/Target.js';

/** The measured row `ref` names, unless it is missing or failed. */
export function findRow(rows: readonly ResultRow[], ref: RowRef): ResultRow | undefined {
  const row = rows.find(
    (candidate) =>
      candidate.scenario.id === ref.scenario &&
      candidate.mode === ref.mode &&
      candidate.client === ref.client,
  );
  return row === undefined || row.error !== undefined || !(row.opsPerSecond > 0) ? undefined : row;
}
