/** Parse `INFO` / `CLUSTER INFO` text (`field:value` lines, `# Section` headers) into a record. */
export function parseInfo(text: string): Readonly<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const separator = line.indexOf(':');
    if (line.startsWith('#') || separator <= 0) continue;
    fields[line.slice(0, separator)] = line.slice(separator + 1);
  }
  return fields;
}
