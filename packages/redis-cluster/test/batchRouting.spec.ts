import { keySlot, type QueuedCommand } from '@org/redis-core';
import { describe, expect, it } from 'vitest';
import { clusterRefusal } from '../src/calculations/clusterRefusal.js';
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

describe(clusterRefusal, () => {
  it.each([
    ['MOVED 3000 127.0.0.1:7001', { kind: 'MOVED', node: '127.0.0.1:7001' }],
    ['ASK 12 10.0.0.2:6380', { kind: 'ASK', node: '10.0.0.2:6380' }],
    ['TRYAGAIN Multiple keys request during rehashing of slot', { kind: 'TRYAGAIN', node: '' }],
  ])('should read %j as a refusal', (message, expected) => {
    expect(clusterRefusal(new Error(message))).toStrictEqual(expected);
  });

  it.each([
    'CLUSTERDOWN The cluster is down',
    'ERR wrong number of arguments',
    'Connection is closed.',
    'MOVEDX 1 a:1',
  ])('should not read %j as a refusal (the command may have run, or routing cannot fix it)', (message) => {
    expect(clusterRefusal(new Error(message))).toBeUndefined();
  });

  it('should not read a non-Error as a refusal', () => {
    expect(clusterRefusal('MOVED 1 a:1')).toBeUndefined();
  });
});
