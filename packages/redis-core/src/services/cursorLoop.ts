/** One page of a cursor command: the cursor to go on from (`'0'`: this was the last page) and its items. */
export interface CursorPage<T> {
  readonly cursor: string;
  readonly items: readonly T[];
}

/**
 * Every item of a cursor iteration (SCAN, HSCAN, SSCAN, ZSCAN), page after page from cursor `'0'`
 * until the server answers cursor `'0'`. `fetch` sends one page; give it one that runs under the
 * executor's guard, so each page has the command timeout, the error mapping and one
 * instrumentation event. A rejected page ends the iteration with its error.
 */
export async function* cursorLoop<T>(
  fetch: (cursor: string) => Promise<CursorPage<T>>,
): AsyncGenerator<T, void, undefined> {
  let page = fetch('0');
  for (;;) {
    const { cursor, items } = await page;
    // Ask for the next page before handing out this one: its round trip overlaps the caller's
    // work. If the caller stops early, that request's outcome is dropped.
    if (cursor !== '0') {
      page = fetch(cursor);
      page.catch(() => undefined);
    }
    for (const item of items) yield item;
    if (cursor === '0') return;
  }
}
