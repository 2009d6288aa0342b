import type { CacheEntry } from '../models/CacheEntry.js';

// Separators that keys and tags cannot contain (control characters are refused in them).
const FIELD = '\u001f';
const TAG = '\u001e';
const NO_TAGS: readonly string[] = [];

/**
 * The text stored in Redis for an entry: `expiresAt␟staleUntil␟tag␞tag␟payload`. A short header rather than
 * a JSON envelope, so that a read parses the value once and the header with three `indexOf`.
 * @param payload - the serialized value.
 */
export function encodeEntry(
  payload: string,
  expiresAt: number,
  staleUntil: number,
  tags: readonly string[],
): string {
  return `${expiresAt}${FIELD}${staleUntil}${FIELD}${tags.join(TAG)}${FIELD}${payload}`;
}

/** An entry read from Redis, its value still serialized. */
export interface EncodedEntry {
  readonly payload: string;
  readonly expiresAt: number;
  readonly staleUntil: number;
  readonly tags: readonly string[];
}

/**
 * Reads the header of a stored entry.
 * @param text - as read from Redis.
 * @returns the entry, or `undefined` when the text is not an entry (another program wrote the key).
 */
export function decodeEntry(text: string): EncodedEntry | undefined {
  const first = text.indexOf(FIELD);
  const second = first < 0 ? -1 : text.indexOf(FIELD, first + 1);
  const third = second < 0 ? -1 : text.indexOf(FIELD, second + 1);
  if (third < 0) return undefined;
  const expiresAt = Number(text.slice(0, first));
  const staleUntil = Number(text.slice(first + 1, second));
  if (!Number.isFinite(expiresAt) || !Number.isFinite(staleUntil)) return undefined;
  const tags = third === second + 1 ? NO_TAGS : text.slice(second + 1, third).split(TAG);
  return { payload: text.slice(third + 1), expiresAt, staleUntil, tags };
}

/**
 * What a cold key holds while one instance computes it: a claim (SET NX with the lease as TTL) instead of a
 * separate lock key, so that taking the lock and storing the value are one plain command each. Starts with
 * U+0001, which no entry (digits first) does.
 */
export const CLAIM_MARK = '\u0001claim:';

/** True for the text of a claim, see {@link CLAIM_MARK}. */
export function isClaim(text: string): boolean {
  return text.startsWith(CLAIM_MARK);
}

/** True while the entry is fresh. */
export function isFresh(entry: Pick<CacheEntry, 'expiresAt'>, now: number): boolean {
  return now < entry.expiresAt;
}

/** True while the entry may be answered stale. */
export function isUsable(entry: Pick<CacheEntry, 'staleUntil'>, now: number): boolean {
  return now < entry.staleUntil;
}
