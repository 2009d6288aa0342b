import type { BusMessage } from '../models/BusMessage.js';

const TYPES = new Set(['s', 'd', 'g', 'c', 'h']);

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Reads a bus message; anything else on the channel (another program publishing there) is ignored.
 * @returns the message, or `undefined` when it is not one.
 */
export function parseBusMessage(text: string): BusMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  if (typeof message['i'] !== 'string' || !Number.isSafeInteger(message['e'])) return undefined;
  if (typeof message['t'] !== 'string' || !TYPES.has(message['t'])) return undefined;
  if (message['k'] !== undefined && !isStringList(message['k'])) return undefined;
  if (message['g'] !== undefined && !isStringList(message['g'])) return undefined;
  if (message['n'] !== undefined && typeof message['n'] !== 'string') return undefined;
  return message as unknown as BusMessage;
}
