/**
 * `text` as a glob pattern that matches exactly itself: `*`, `?`, `[`, `]` and `\` escaped with a
 * backslash (Redis's `stringmatchlen` rules). The key prefix goes in front of a caller's MATCH or
 * KEYS pattern this way, so a prefix like `app[1]:` matches only its own keys.
 */
export function globLiteral(text: string): string {
  return text.replace(/[*?[\]\\]/g, (special) => `\\${special}`);
}
