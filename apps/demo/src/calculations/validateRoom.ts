import { DemoError } from '../models/DemoError.js';

// No braces, colons or spaces: the name goes into a Redis hash tag (`demo:{room:<name>}:history`).
const roomPattern = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Checks a room name from a client.
 * @param value - anything the client sent.
 * @returns the room name.
 * @throws DemoError `INVALID_ROOM`.
 */
export function validateRoom(value: unknown): string {
  if (typeof value === 'string' && roomPattern.test(value)) return value;
  throw new DemoError(
    'INVALID_ROOM',
    'Room names are 1-32 characters: letters, digits, "-" or "_" (e.g. "lobby").',
  );
}
