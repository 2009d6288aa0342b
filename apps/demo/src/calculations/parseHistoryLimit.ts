import { DemoError } from '../models/DemoError.js';

/**
 * Reads the `limit` query parameter of the history endpoint.
 * @param value - the raw query value (absent, a string, or several strings).
 * @param fallback - used when absent.
 * @param max - the largest limit (the stored history length).
 * @returns an integer from 1 to `max`.
 * @throws DemoError `INVALID_LIMIT`.
 */
export function parseHistoryLimit(value: unknown, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'string' && /^\d+$/.test(value)) {
    const limit = Number(value);
    if (limit >= 1 && limit <= max) return limit;
  }
  throw new DemoError('INVALID_LIMIT', `"limit" must be an integer from 1 to ${max}.`);
}
