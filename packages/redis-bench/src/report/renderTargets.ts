import { shortfall } from '../calculations/evaluateTargets.js';
import type { TargetResult } from '../models/Target.js';
import { formatRatio } from './format.js';

function verdict(result: TargetResult): string {
  const target = `target ≥ ${formatRatio(result.spec.minimum)}`;
  if (result.met === undefined) return `${target}: **not measured** (a row is missing or failed)`;
  const worst = result.worst ?? Number.NaN;
  if (result.met) return `${target}: **met** (lowest ${formatRatio(worst)})`;
  const percent = (shortfall(worst, result.spec.minimum) * 100).toFixed(1);
  return `${target}: **missed** by ${percent}% (lowest ${formatRatio(worst)})`;
}

function checkLine(check: TargetResult['checks'][number], minimum: number): string {
  if (check.ratio === undefined) return `   - ${check.label}: not measured`;
  const mark =
    check.met === true ? 'met' : `missed by ${(shortfall(check.ratio, minimum) * 100).toFixed(1)}%`;
  return `   - ${check.label}: ${formatRatio(check.ratio)} (${mark})`;
}

/**
 * The targets as a numbered markdown list: verdict with the lowest ratio, one line per check, the
 * note on what was compared, and for a missed target by how much and where the time goes.
 */
export function renderTargets(results: readonly TargetResult[]): string {
  return results
    .flatMap((result) => [
      `${result.spec.id}. ${result.spec.title} — ${verdict(result)}`,
      ...result.checks.map((check) => checkLine(check, result.spec.minimum)),
      ...(result.spec.note === undefined ? [] : [`   - Note: ${result.spec.note}`]),
      ...(result.met === false
        ? [`   - Why: ${result.spec.whyMissed}${result.detail === undefined ? '' : ` ${result.detail}`}`]
        : []),
    ])
    .join('\n');
}
