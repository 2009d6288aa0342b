import type { VerifyMismatch } from '../models/VerifyMismatch.js';

/** The listed differences of a verify, one indented text line each. */
export function mismatchLines(mismatches: readonly VerifyMismatch[]): string[] {
  return mismatches.map((mismatch) => `  ${mismatch.kind} ${mismatch.key}: ${mismatch.detail}`);
}
