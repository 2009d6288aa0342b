import { describe, expect, it } from 'vitest';
import { bigKeyCommands } from './bigKeyCommands.js';
import { validateDatasetSpec } from './validateDatasetSpec.js';

describe(bigKeyCommands, () => {
  const spec = validateDatasetSpec({ keys: 0, valueBytes: 10 });

  describe('having a hash of 1 200 elements in chunks of 500', () => {
    it('should send 3 HSETs carrying 1 200 fields', () => {
      const { commands } = bigKeyCommands('hash', 1_200, spec, 500);
      expect([
        commands.length,
        commands.reduce((sum, command) => sum + (command.length - 2) / 2, 0),
      ]).toStrictEqual([3, 1_200]);
    });
  });

  describe('having a stream of 3 entries', () => {
    it('should send one XADD per entry, then the group and the read', () => {
      expect(bigKeyCommands('stream', 3, spec).commands.map((command) => command[0])).toStrictEqual([
        'XADD',
        'XADD',
        'XADD',
        'XGROUP',
        'XREADGROUP',
      ]);
    });
  });
});
