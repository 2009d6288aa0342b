/** A key for messages and reports: its text when it is valid UTF-8, `hex:<bytes>` otherwise. */
export function displayKey(key: Buffer): string {
  const text = key.toString('utf8');
  return Buffer.byteLength(text) === key.length && !text.includes('\uFFFD')
    ? text
    : `hex:${key.toString('hex')}`;
}
