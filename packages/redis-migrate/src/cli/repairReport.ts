import { mismatchLines } from '../calculations/mismatchLines.js';
import type { RepairOutcome } from '../models/RepairOutcome.js';
import { mismatchKinds } from '../models/VerifyMismatch.js';

/** The `--json` result of `verify --repair`. */
export function repairReport(
  repair: RepairOutcome,
  samplePercent: number,
  durationMs: number,
): Record<string, unknown> {
  const { verify } = repair;
  return {
    command: 'verify',
    repair: true,
    ok: repair.stillDiffering === 0,
    sample: `${samplePercent}%`,
    keysChecked: verify.keysChecked,
    extraKeysChecked: verify.extraKeysChecked,
    mismatchesFound: verify.mismatches,
    firstMismatches: verify.firstMismatches,
    candidates: repair.candidates,
    repaired: repair.repaired,
    agreed: repair.agreed,
    skippedChanged: repair.skippedChanged,
    failed: repair.failed,
    notAttempted: repair.notAttempted,
    stillDiffering: repair.stillDiffering,
    recorded: repair.record,
    durationMs,
  };
}

/** The text result of `verify --repair`. */
export function repairLines(repair: RepairOutcome): string[] {
  const found = mismatchKinds.map((kind) => `${kind} ${repair.verify.mismatches[kind]}`).join(', ');
  return [
    `verify --repair: ${repair.stillDiffering === 0 ? 'ok' : 'KEYS STILL DIFFER'}: ${repair.verify.keysChecked} source keys compared; found ${found}`,
    `verify --repair: ${repair.candidates} keys looked at (differing or in the repair sets): repaired ${repair.repaired}, agreed after the settle delay ${repair.agreed}, skipped because the application kept changing them ${repair.skippedChanged}, failed ${repair.failed}, not attempted ${repair.notAttempted}`,
    `verify --repair: recorded ${repair.record.clean ? 'clean' : 'not clean'} (${repair.record.authoritative} authoritative, control revision ${repair.record.revision} ${repair.record.phase})`,
    ...mismatchLines(repair.verify.firstMismatches),
  ];
}
