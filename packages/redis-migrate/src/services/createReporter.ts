import { SingleBar } from 'cli-progress';
import { formatBytes, progressLine, progressRates } from '../calculations/progressLine.js';
import type { ProgressHandle, ProgressSnapshot, Reporter } from '../models/Progress.js';

/** Where a reporter writes, and how. */
export interface ReporterOptions {
  /** One JSON object per line on `stdout` instead of text. */
  readonly json: boolean;
  readonly stdout: NodeJS.WritableStream;
  /** Progress and messages go here; a bar is drawn when it is a terminal. */
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** How often a plain or JSON progress line is written. */
  readonly intervalMs?: number;
}

/** The reporter for the output form `options` asks for (see {@link Reporter}). */
export function createReporter(options: ReporterOptions): Reporter {
  const intervalMs = options.intervalMs ?? (options.json ? 1_000 : 5_000);
  const emit = (record: Record<string, unknown>): void => {
    options.stdout.write(`${JSON.stringify(record)}\n`);
  };
  if (options.json) {
    return {
      info: (message) => emit({ type: 'info', message }),
      warn: (message) => emit({ type: 'warning', message }),
      progress: (label) =>
        throttled(intervalMs, (snapshot, elapsedMs, final) =>
          emit({ type: 'progress', phase: label, ...snapshot, ...progressRates(snapshot, elapsedMs), final }),
        ),
      result: (report) => {
        emit({ type: 'result', ...report });
        return Promise.resolve();
      },
    };
  }
  const text = (line: string): void => {
    options.stderr.write(`${line}\n`);
  };
  return {
    info: text,
    warn: (message) => text(`warning: ${message}`),
    progress: (label) =>
      options.stderr.isTTY === true
        ? terminalBar(label, options.stderr)
        : throttled(intervalMs, (snapshot, elapsedMs) => text(progressLine(label, snapshot, elapsedMs))),
    result: (_report, lines) => {
      for (const line of lines) options.stdout.write(`${line}\n`);
      return Promise.resolve();
    },
  };
}

/** Calls `draw` at most every `intervalMs`, and once more on `stop`. */
function throttled(
  intervalMs: number,
  draw: (snapshot: ProgressSnapshot, elapsedMs: number, final: boolean) => void,
): ProgressHandle {
  const started = Date.now();
  let last = started;
  return {
    update: (snapshot) => {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      draw(snapshot, now - started, false);
    },
    stop: (snapshot) => draw(snapshot, Date.now() - started, true),
  };
}

function terminalBar(label: string, stream: NodeJS.WritableStream): ProgressHandle {
  const started = Date.now();
  const bar = new SingleBar({
    stream,
    format: `${label} [{bar}] {percentage}% | {value}/{total} keys | {rate} keys/s | {bytes}/s | ETA {eta_formatted} | {errors} errors`,
    hideCursor: true,
    clearOnComplete: false,
    fps: 5,
    etaBuffer: 50,
  });
  // Not 0: cli-progress draws 0 of 0 as 100 %.
  let total = 1;
  const payload = (snapshot: ProgressSnapshot) => {
    const rates = progressRates(snapshot, Date.now() - started);
    return {
      rate: Math.round(rates.keysPerSecond),
      bytes: formatBytes(rates.bytesPerSecond),
      errors: snapshot.errors,
    };
  };
  bar.start(total, 0, { rate: 0, bytes: formatBytes(0), errors: 0 });
  const show = (snapshot: ProgressSnapshot): void => {
    const wanted = Math.max(snapshot.total ?? 1, snapshot.keys, 1);
    if (wanted !== total) {
      total = wanted;
      bar.setTotal(total);
    }
    bar.update(snapshot.keys, payload(snapshot));
  };
  return {
    update: show,
    stop: (snapshot) => {
      show(snapshot);
      bar.stop();
    },
  };
}
