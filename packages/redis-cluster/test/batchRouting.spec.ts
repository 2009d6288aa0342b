import { keySlot, type QueuedCommand } from '@org/redis-core';
import { describe, expect, it } from 'vitest';
import { groupByNode } from '../src/calculations/groupByNode.js';

const command = (key: string | undefined): QueuedCommand => ({
  command: 'get',
  args: key === undefined ? [] : [key],
  key,
  transform: (reply) => reply,
});

/** A slot table where slots below 8192 belong to node A and the rest to node B, one slot unowned. */
function slotTable(unowned: number): (string[] | undefined)[] {
  return Array.from({ length: 16_384 }, (_, slot) =>
    slot === unowned ? undefined : [slot < 8_192 ? 'a:1' : 'b:2', 'replica:3'],
  );
}

describe(groupByNode, () => {
  const keys = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  const slots = slotTable(-1);

  describe('having keys on two masters', () => {
    const groups = groupByNode(keys.map(command), slots, '');

    it('should put every position in the group of the master serving its slot', () => {
      const expected = new Map<string, number[]>();
      keys.forEach((key, index) => {
        const node = keySlot(key, '') < 8_192 ? 'a:1' : 'b:2';
        expected.set(node, [...(expected.get(node) ?? []), index]);
      });
      expect(groups).toStrictEqual(expected);
    });
  });

  describe('having a key prefix', () => {
    it('should compute slots on the prefixed key', () => {
      const prefixed = groupByNode([command('k')], slots, 'app:');
      expect([...prefixed.keys()]).toStrictEqual([keySlot('app:k', '') < 8_192 ? 'a:1' : 'b:2']);
    });
  });

  describe('having a command without a key and one whose slot has no master', () => {
    const unowned = keySlot('orphan', '');
    const groups = groupByNode([command(undefined), command('orphan')], slotTable(unowned), '');

    it('should leave both to the cluster client (group undefined)', () => {
      expect(groups).toStrictEqual(new Map([[undefined, [0, 1]]]));
    });
  });
});
