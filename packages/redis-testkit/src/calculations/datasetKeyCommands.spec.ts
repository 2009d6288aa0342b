import { describe, expect, it } from 'vitest';
import { datasetKeyCommands, datasetKeyType } from './datasetKeyCommands.js';
import { validateDatasetSpec } from './validateDatasetSpec.js';

const allTypes = validateDatasetSpec({ keys: 2_000, mix: 'all-types', binaryFraction: 0.2 });

describe(datasetKeyType, () => {
  describe('having the all-types mix', () => {
    it('should give 10 strings, 3 hashes, 2 lists, 2 sets, 2 zsets and 1 stream per 20 keys', () => {
      const counts: Record<string, number> = {};
      for (let index = 0; index < 20; index += 1) {
        const type = datasetKeyType(index, 'all-types');
        counts[type] = (counts[type] ?? 0) + 1;
      }
      expect(counts).toStrictEqual({ string: 10, hash: 3, list: 2, set: 2, zset: 2, stream: 1 });
    });
  });
});

describe(datasetKeyCommands, () => {
  describe('having the same index twice', () => {
    it('should give the same commands', () => {
      expect(datasetKeyCommands(17, allTypes)).toStrictEqual(datasetKeyCommands(17, allTypes));
    });
  });

  describe('having 2 000 keys', () => {
    const keys = Array.from({ length: allTypes.keys }, (_, index) => datasetKeyCommands(index, allTypes));

    it('should name every key differently', () => {
      expect(new Set(keys.map((key) => key.key.toString('hex'))).size).toBe(allTypes.keys);
    });

    const ttls = keys.flatMap((key) =>
      key.commands.flatMap((command) =>
        command[0] === 'PEXPIRE' ? [Number(command[2])] : command[3] === 'PX' ? [Number(command[4])] : [],
      ),
    );

    it('should give about 10 % of the keys a TTL', () => {
      expect(Math.abs(ttls.length / keys.length - 0.1)).toBeLessThan(0.02);
    });

    it('should keep every TTL from 1 to 24 hours', () => {
      expect(ttls.every((ms) => ms >= 3_600_000 && ms <= 86_400_000)).toBe(true);
    });

    it('should make about 20 % of the key names binary', () => {
      const binary = keys.filter((key) => key.key[0] === 0xff).length;
      expect(Math.abs(binary / keys.length - 0.2)).toBeLessThan(0.03);
    });
  });

  describe('having a string key of the strings mix', () => {
    it('should write a value of valueBytes bytes', () => {
      const spec = validateDatasetSpec({ keys: 1, ttlFraction: 0, valueBytes: 37 });
      const [command] = datasetKeyCommands(0, spec).commands;
      expect([command?.[0], command?.[2]?.length]).toStrictEqual(['SET', 37]);
    });
  });

  describe('having a stream key', () => {
    it('should add 4 entries, create group g and leave 2 of them pending', () => {
      const spec = validateDatasetSpec({ keys: 20, mix: 'all-types', ttlFraction: 0 });
      const names = datasetKeyCommands(19, spec).commands.map((command) => command.slice(0, 2).join(' '));
      expect(names).toStrictEqual([
        'XADD mig:stream:19',
        'XADD mig:stream:19',
        'XADD mig:stream:19',
        'XADD mig:stream:19',
        'XGROUP CREATE',
        'XREADGROUP GROUP',
      ]);
    });
  });
});
