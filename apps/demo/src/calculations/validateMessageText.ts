import { DemoError } from '../models/DemoError.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as people count them: an emoji, even one made of several code points, counts once. */
function characterCount(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/**
 * Checks the text of a message from a client.
 * @param value - anything the client sent.
 * @param maxLength - the longest text allowed, in characters (grapheme clusters).
 * @returns the text, trimmed.
 * @throws DemoError `INVALID_MESSAGE` (not a string, or blank) or `MESSAGE_TOO_LONG`.
 */
export function validateMessageText(value: unknown, maxLength: number): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new DemoError('INVALID_MESSAGE', 'A message needs a "text" that is not blank.');
  const text = value.trim();
  const length = characterCount(text);
  if (length > maxLength)
    throw new DemoError(
      'MESSAGE_TOO_LONG',
      `Messages are at most ${maxLength} characters; this one has ${length}.`,
    );
  return text;
}
