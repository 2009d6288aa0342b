/**
 * A key as a report shows it: its text when it is valid UTF-8 (and holds no `hex:` ambiguity),
 * otherwise `hex:` and its bytes in hexadecimal, so a binary key can be found again exactly.
 */
export function displayKey(key: Buffer): string {
  const text = key.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(key) && !text.startsWith('hex:')) return text;
  return `hex:${key.toString('hex')}`;
}
