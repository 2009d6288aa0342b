/**
 * Parse the `field:value` text of `INFO` or `CLUSTER INFO` into a record.
 * Section headers (`# Server`) and blank lines are skipped.
 */
export function parseInfo(text: string): Readonly<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const separator = line.indexOf(':');
    if (separator <= 0) continue;
    fields[line.slice(0, separator)] = line.slice(separator + 1);
  }
  return fields;
}
