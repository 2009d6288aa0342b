import type { ProgressSnapshot } from '../models/Progress.js';

/** Rates derived from two snapshots, for display. */
export interface ProgressRates {
  readonly keysPerSecond: number;
  readonly bytesPerSecond: number;
  /** Seconds left at the current rate, when the total is known and the rate is not zero. */
  readonly etaSeconds: number | undefined;
}

/** Rates over `elapsedMs` since the phase started. */
export function progressRates(snapshot: ProgressSnapshot, elapsedMs: number): ProgressRates {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const keysPerSecond = snapshot.keys / seconds;
  const left = snapshot.total === undefined ? undefined : Math.max(snapshot.total - snapshot.keys, 0);
  return {
    keysPerSecond,
    bytesPerSecond: snapshot.bytes / seconds,
    etaSeconds: left === undefined || keysPerSecond === 0 ? undefined : left / keysPerSecond,
  };
}

/** `1.2 MB`, `340 kB`, `12 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${Math.round(bytes)} B`;
}

/** One plain progress line: `copy: 1200/5000 keys, 800 keys/s, 1.2 MB/s, ETA 5 s, 0 errors`. */
export function progressLine(label: string, snapshot: ProgressSnapshot, elapsedMs: number): string {
  const rates = progressRates(snapshot, elapsedMs);
  const count = snapshot.total === undefined ? `${snapshot.keys}` : `${snapshot.keys}/${snapshot.total}`;
  const eta = rates.etaSeconds === undefined ? '' : `, ETA ${Math.ceil(rates.etaSeconds)} s`;
  return `${label}: ${count} keys, ${Math.round(rates.keysPerSecond)} keys/s, ${formatBytes(rates.bytesPerSecond)}/s${eta}, ${snapshot.errors} errors`;
}
