import { describe, expect, it } from 'vitest';
import { cursorLoop, type CursorPage } from './cursorLoop.js';

/** Pages by cursor: `'0'` → first, each naming the next; records which cursors were asked for. */
function pages(table: Readonly<Record<string, CursorPage<number>>>): {
  readonly asked: string[];
  readonly fetch: (cursor: string) => Promise<CursorPage<number>>;
} {
  const asked: string[] = [];
  return {
    asked,
    fetch: (cursor) => {
      asked.push(cursor);
      const page = table[cursor];
      return page === undefined ? Promise.reject(new Error(`no page ${cursor}`)) : Promise.resolve(page);
    },
  };
}

const three = {
  '0': { cursor: '7', items: [1, 2] },
  '7': { cursor: '9', items: [] },
  '9': { cursor: '0', items: [3] },
};

async function collect(iterable: AsyncIterable<number>, limit = Number.POSITIVE_INFINITY): Promise<number[]> {
  const items: number[] = [];
  for await (const item of iterable) {
    items.push(item);
    if (items.length >= limit) break;
  }
  return items;
}

describe(cursorLoop, () => {
  describe('having three pages, one of them empty', () => {
    it('should yield every item in page order', async () => {
      expect(await collect(cursorLoop(pages(three).fetch))).toStrictEqual([1, 2, 3]);
    });

    it('should ask for each cursor once, ending at cursor 0', async () => {
      const source = pages(three);
      await collect(cursorLoop(source.fetch));
      expect(source.asked).toStrictEqual(['0', '7', '9']);
    });
  });

  describe('having the caller handle the first item', () => {
    it('should have asked for the next page already', async () => {
      const source = pages(three);
      const iterator = cursorLoop(source.fetch);
      await iterator.next();
      expect(source.asked).toStrictEqual(['0', '7']);
    });
  });

  describe('having the caller stop early', () => {
    it('should ask for no page after the one prefetched', async () => {
      const source = pages(three);
      await collect(cursorLoop(source.fetch), 1);
      expect(source.asked).toStrictEqual(['0', '7']);
    });
  });

  describe('having a page that fails', () => {
    it('should reject with its error after the items before it', async () => {
      const source = pages({ '0': { cursor: '5', items: [1] } });
      const seen: number[] = [];
      const failure = (async () => {
        for await (const item of cursorLoop(source.fetch)) seen.push(item);
      })();
      await expect(failure).rejects.toThrow('no page 5');
      expect(seen).toStrictEqual([1]);
    });
  });
});
