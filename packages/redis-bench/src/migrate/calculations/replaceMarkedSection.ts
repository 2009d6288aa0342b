/** Markers around the section `pnpm bench:migrate` owns in docs/benchmarks.md. */
export const MIGRATE_MARKERS = {
  start: '<!-- bench:migrate:start -->',
  end: '<!-- bench:migrate:end -->',
} as const;

/**
 * `document` with the text between the markers replaced by `section`, or, when the markers are not
 * there, with markers and section appended at the end. Nothing else changes.
 *
 * @throws Error when only one marker is there, or the end comes before the start (fix by hand).
 */
export function replaceMarkedSection(document: string, section: string): string {
  const start = document.indexOf(MIGRATE_MARKERS.start);
  const end = document.indexOf(MIGRATE_MARKERS.end);
  const block = `${MIGRATE_MARKERS.start}\n${section.trim()}\n${MIGRATE_MARKERS.end}`;
  if (start === -1 && end === -1) return `${document.replace(/\n*$/, '')}\n\n${block}\n`;
  if (start === -1 || end === -1 || end < start)
    throw new Error(`${MIGRATE_MARKERS.start} and ${MIGRATE_MARKERS.end} must both be there, in that order`);
  return document.slice(0, start) + block + document.slice(end + MIGRATE_MARKERS.end.length);
}

/**
 * The marked block of `document`, markers included, or '' when it has none: what `pnpm bench:full`
 * carries over when it rewrites the rest of docs/benchmarks.md.
 */
export function markedSection(document: string): string {
  const start = document.indexOf(MIGRATE_MARKERS.start);
  const end = document.indexOf(MIGRATE_MARKERS.end);
  return start === -1 || end < start ? '' : document.slice(start, end + MIGRATE_MARKERS.end.length);
}
