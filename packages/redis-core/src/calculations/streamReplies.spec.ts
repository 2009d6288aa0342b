import { describe, expect, it } from 'vitest';
import {
  toAutoClaim,
  toConsumerInfos,
  toGroupInfos,
  toPendingSummary,
  toStreamInfo,
  toStreamReads,
} from './streamReplies.js';

const entry = ['1-0', ['f', 'v']];

describe('toStreamReads', () => {
  describe('having a RESP2 list of [key, entries]', () => {
    it('should strip the prefix from each key', () => {
      expect(toStreamReads([['p:s', [entry]]], 'p:', [{ key: 's', id: '0' }])).toEqual([
        { key: 's', entries: [{ id: '1-0', fields: { f: 'v' } }] },
      ]);
    });
  });

  describe('having a RESP3 map', () => {
    it('should read a Map and a plain object alike', () => {
      const expected = [{ key: 's', entries: [{ id: '1-0', fields: { f: 'v' } }] }];
      expect([
        toStreamReads(new Map([['p:s', [entry]]]), 'p:', [{ key: 's', id: '0' }]),
        toStreamReads({ 'p:s': [entry] }, 'p:', [{ key: 's', id: '0' }]),
      ]).toEqual([expected, expected]);
    });
  });

  describe('having a Buffer key given and a Buffer name in the reply (bytes view)', () => {
    it('should give back the Buffer the caller gave', () => {
      const key = Buffer.from([0xff, 0x00, 0xfe]);
      const [read] = toStreamReads([[Buffer.concat([Buffer.from('p:'), key]), [entry]]], 'p:', [
        { key: 'other', id: '0' },
        { key, id: '0' },
      ]);
      expect(read?.key).toBe(key);
    });
  });

  it('should resolve [] for a null reply (block timeout)', () => {
    expect(toStreamReads(null, '', [{ key: 's', id: '0' }])).toEqual([]);
  });
});

describe('toPendingSummary', () => {
  it('should turn the per-consumer text counts into numbers', () => {
    expect(toPendingSummary([3, '1-0', '3-0', [['a', '3']]])).toEqual({
      count: 3,
      minId: '1-0',
      maxId: '3-0',
      consumers: [{ name: 'a', pending: 3 }],
    });
  });
});

describe('toAutoClaim', () => {
  it('should default the deleted IDs to [] (a reply without them)', () => {
    expect(toAutoClaim(['0-0', ['1-0']], true)).toEqual({ next: '0-0', ids: ['1-0'], deleted: [] });
  });
});

describe('toStreamInfo', () => {
  const fields = {
    length: 1,
    'radix-tree-keys': 1,
    'radix-tree-nodes': 2,
    'last-generated-id': '1-0',
    'max-deleted-entry-id': '0-0',
    'entries-added': 1,
    groups: 0,
    'first-entry': entry,
    'last-entry': entry,
  };
  const expected = {
    length: 1,
    radixTreeKeys: 1,
    radixTreeNodes: 2,
    lastGeneratedId: '1-0',
    maxDeletedEntryId: '0-0',
    entriesAdded: 1,
    groups: 0,
    firstEntry: { id: '1-0', fields: { f: 'v' } },
    lastEntry: { id: '1-0', fields: { f: 'v' } },
  };

  it('should read RESP2 pairs and a RESP3 map alike', () => {
    const pairs = Object.entries(fields).flat();
    expect([toStreamInfo(pairs), toStreamInfo(new Map(Object.entries(fields)))]).toEqual([
      expected,
      expected,
    ]);
  });

  it('should resolve null entries for an empty stream', () => {
    expect(toStreamInfo({ ...fields, 'first-entry': null, 'last-entry': null })).toMatchObject({
      firstEntry: null,
      lastEntry: null,
    });
  });
});

describe('toGroupInfos', () => {
  it('should keep a nil entries-read and lag as null', () => {
    const group = [
      'name',
      'g',
      'consumers',
      0,
      'pending',
      0,
      'last-delivered-id',
      '0-0',
      'entries-read',
      null,
      'lag',
      null,
    ];
    expect(toGroupInfos([group])).toEqual([
      { name: 'g', consumers: 0, pending: 0, lastDeliveredId: '0-0', entriesRead: null, lag: null },
    ]);
  });
});

describe('toConsumerInfos', () => {
  it('should add inactiveMs only when the server sends it (Redis 7.2+)', () => {
    expect(
      toConsumerInfos([
        { name: 'a', pending: 1, idle: 5 },
        { name: 'b', pending: 0, idle: 7, inactive: 3 },
      ]),
    ).toEqual([
      { name: 'a', pending: 1, idleMs: 5 },
      { name: 'b', pending: 0, idleMs: 7, inactiveMs: 3 },
    ]);
  });
});
