import type { DestinationStream } from 'pino';

/** A pino destination that keeps every line in memory. */
export interface CapturedLogs extends DestinationStream {
  /** Every line written, as written. */
  readonly text: () => string;
  /** Every line, parsed. */
  readonly lines: () => Record<string, unknown>[];
}

/** Capture pino output (pino's second argument, `destination`) instead of writing it anywhere. */
export function captureLogs(): CapturedLogs {
  const written: string[] = [];
  return {
    write: (line: string) => {
      written.push(line);
    },
    text: () => written.join(''),
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
