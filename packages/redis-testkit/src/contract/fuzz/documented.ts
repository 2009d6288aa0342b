/** Checks of resolved values against what the members document, shared by the fuzz cases. */

/** A count: a whole number `>= 0`. */
export const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** A whole number (INCR, TTL…). */
export const isInteger = (value: unknown): boolean => Number.isSafeInteger(value);

/** A finite number (INCRBYFLOAT, scores). */
export const isNumber = (value: unknown): boolean => typeof value === 'number' && !Number.isNaN(value);

/** A boolean. */
export const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

/** Text, or `null` for a missing key. */
export const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** An array of text. */
export const isTextList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** `'OK'`. */
export const isOk = (value: unknown): boolean => value === 'OK';

/** An array. */
export const isList = (value: unknown): boolean => Array.isArray(value);

/** A plain object (a record-shaped result). */
export const isRecord = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
