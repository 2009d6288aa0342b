import { describe, expect, it } from 'vitest';
import { toStreamInfoFull } from './streamInfoFullReplies.js';

/** An XINFO STREAM FULL reply of Redis 7.2 in RESP2 (flat pairs), one group whose lag is unknown. */
const reply = [
  ...['length', 1, 'radix-tree-keys', 1, 'radix-tree-nodes', 2, 'last-generated-id', '5-0'],
  ...['max-deleted-entry-id', '4-0', 'entries-added', 5, 'recorded-first-entry-id', '5-0'],
  ...['entries', [['5-0', ['f', 'v']]]],
  'groups',
  [
    [
      ...['name', 'g', 'last-delivered-id', '5-0', 'entries-read', null, 'lag', null, 'pel-count', 1],
      ...['pending', [['5-0', 'c', 1_700_000_000_000, 2]]],
      'consumers',
      [
        [
          'name',
          'c',
          'seen-time',
          1,
          'active-time',
          2,
          'pel-count',
          1,
          'pending',
          [['5-0', 1_700_000_000_000, 2]],
        ],
      ],
    ],
  ],
];

describe(toStreamInfoFull, () => {
  it('should read every level of a Redis 7.2 reply, unknown counts as null', () => {
    expect(toStreamInfoFull(reply)).toStrictEqual({
      length: 1,
      radixTreeKeys: 1,
      radixTreeNodes: 2,
      lastGeneratedId: '5-0',
      maxDeletedEntryId: '4-0',
      entriesAdded: 5,
      recordedFirstEntryId: '5-0',
      entries: [{ id: '5-0', fields: { f: 'v' } }],
      groups: [
        {
          name: 'g',
          lastDeliveredId: '5-0',
          entriesRead: null,
          lag: null,
          pelCount: 1,
          pending: [{ id: '5-0', consumer: 'c', deliveredAt: 1_700_000_000_000, deliveryCount: 2 }],
          consumers: [
            {
              name: 'c',
              seenTime: 1,
              activeTime: 2,
              pelCount: 1,
              pending: [{ id: '5-0', deliveredAt: 1_700_000_000_000, deliveryCount: 2 }],
            },
          ],
        },
      ],
    });
  });

  it('should give an empty stream without groups empty lists', () => {
    expect(toStreamInfoFull(['length', 0, 'entries', [], 'groups', []])).toMatchObject({
      entries: [],
      groups: [],
      recordedFirstEntryId: '0-0',
    });
  });
});
