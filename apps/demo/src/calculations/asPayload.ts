import { DemoError } from '../models/DemoError.js';

/**
 * Checks that what a client sent (a JSON body, a socket event argument) is a plain object.
 * @param value - anything the client sent.
 * @param expected - how the object should look, for the message (e.g. `{ "room": "...", "user": "..." }`).
 * @returns the object, its fields still unchecked.
 * @throws DemoError `INVALID_PAYLOAD`.
 */
export function asPayload(value: unknown, expected: string): Readonly<Record<string, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new DemoError('INVALID_PAYLOAD', `Expected an object like ${expected}.`);
}
