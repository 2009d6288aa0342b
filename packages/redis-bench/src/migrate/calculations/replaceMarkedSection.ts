/** The two comments around a section one command owns in docs/benchmarks.md. */
export interface SectionMarkers {
  readonly start: string;
  readonly end: string;
}

/** Markers around the section `pnpm bench:migrate` owns in docs/benchmarks.md. */
export const MIGRATE_MARKERS = {
  start: '<!-- bench:migrate:start -->',
  end: '<!-- bench:migrate:end -->',
} as const satisfies SectionMarkers;

/** Markers around the section `pnpm bench:migrating` owns in docs/benchmarks.md. */
export const MIGRATING_MARKERS = {
  start: '<!-- bench:migrating:start -->',
  end: '<!-- bench:migrating:end -->',
} as const satisfies SectionMarkers;

/** Markers around the section `pnpm bench:cache` owns in docs/benchmarks.md. */
export const CACHE_MARKERS = {
  start: '<!-- bench:cache:start -->',
  end: '<!-- bench:cache:end -->',
} as const satisfies SectionMarkers;

/**
 * `document` with the text between the markers replaced by `section`, or, when the markers are not
 * there, with markers and section appended at the end. Nothing else changes.
 *
 * @param markers - whose section it is (default bench:migrate's).
 * @throws Error when only one marker is there, or the end comes before the start (fix by hand).
 */
export function replaceMarkedSection(
  document: string,
  section: string,
  markers: SectionMarkers = MIGRATE_MARKERS,
): string {
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  const block = `${markers.start}\n${section.trim()}\n${markers.end}`;
  if (start === -1 && end === -1) return `${document.replace(/\n*$/, '')}\n\n${block}\n`;
  if (start === -1 || end === -1 || end < start)
    throw new Error(`${markers.start} and ${markers.end} must both be there, in that order`);
  return document.slice(0, start) + block + document.slice(end + markers.end.length);
}

/**
 * The marked block of `document`, markers included, or '' when it has none: what `pnpm bench:full`
 * carries over when it rewrites the rest of docs/benchmarks.md.
 *
 * @param markers - whose section it is (default bench:migrate's).
 */
export function markedSection(document: string, markers: SectionMarkers = MIGRATE_MARKERS): string {
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  return start === -1 || end < start ? '' : document.slice(start, end + markers.end.length);
}
