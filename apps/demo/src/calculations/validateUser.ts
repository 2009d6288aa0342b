import { DemoError } from '../models/DemoError.js';

const userPattern = /^[\p{L}\p{N}._-]{1,24}$/u;

/**
 * Checks a user name from a client.
 * @param value - anything the client sent.
 * @returns the user name.
 * @throws DemoError `INVALID_USER`.
 */
export function validateUser(value: unknown): string {
  if (typeof value === 'string' && userPattern.test(value)) return value;
  throw new DemoError(
    'INVALID_USER',
    'User names are 1-24 characters: letters, digits, ".", "-" or "_" (e.g. "ada").',
  );
}
