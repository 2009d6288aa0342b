import type { SmokeCheck } from '../models/SmokeCheck.js';

/** One line of `smoke` output: `ok   slots: 16384/16384 covered (4 ms)` or `FAIL mode: …`. */
export function formatCheckLine(check: SmokeCheck): string {
  return `${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail} (${check.ms} ms)`;
}
