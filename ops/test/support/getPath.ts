import { isRecord } from './isRecord.js';

/** The value at a dotted path (`labels.severity`) of a parsed mapping, or undefined. */
export function getPath(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((current, key) => (isRecord(current) ? current[key] : undefined), value);
}
