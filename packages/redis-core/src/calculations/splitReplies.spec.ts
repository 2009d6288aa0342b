import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { keySlot } from './keySlot.js';
import { splitReplies } from './splitReplies.js';

const keys = ['{a}1', '{b}1', '{a}2', '{c}1'];
const groups = [[0, 2], [1], [3]];
const routing = {
  config: { keyPrefix: 'p:' } as never,
  nodeFor: (key: string): string => (key.startsWith('{b}') ? '127.0.0.1:7001' : '127.0.0.1:7000'),
};
const refused = new Error('connect ECONNREFUSED 127.0.0.1:7001');

describe(splitReplies, () => {
  describe('having every group answered', () => {
    it('should return each reply with its key positions', () => {
      const settled = [2, 1, 0].map((value) => ({ status: 'fulfilled' as const, value }));
      expect(splitReplies('del', keys, groups, settled, routing)).toStrictEqual([
        { positions: [0, 2], reply: 2 },
        { positions: [1], reply: 1 },
        { positions: [3], reply: 0 },
      ]);
    });
  });

  describe('having one group failed to connect', () => {
    const settled = [
      { status: 'fulfilled' as const, value: 2 },
      { status: 'rejected' as const, reason: refused },
      { status: 'fulfilled' as const, value: 1 },
    ];

    it("should throw the group's code with its keys, slot, node and the answered count in details.split", () => {
      let thrown: unknown;
      try {
        splitReplies('del', keys, groups, settled, routing);
      } catch (error) {
        thrown = error;
      }
      expect([
        RedisError.is(thrown) ? thrown.code : thrown,
        RedisError.is(thrown) ? thrown.details : undefined,
      ]).toStrictEqual([
        'CONNECTION_FAILED',
        {
          split: {
            command: 'DEL',
            groups: 3,
            failedGroups: 1,
            failedKeys: ['{b}1'],
            failedSlots: [keySlot('{b}1', 'p:')],
            failedNodes: ['127.0.0.1:7001'],
            answeredCount: 3,
          },
        },
      ]);
    });
  });
});
