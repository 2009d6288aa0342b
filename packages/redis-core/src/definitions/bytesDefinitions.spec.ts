import { redisBytesMembers } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { toScoredMembers } from '../calculations/sortedSetReplies.js';
import { toEntryList } from '../calculations/streamReplies.js';
import { bytesDefinitions } from './bytesDefinitions.js';
import { serviceDefinitions } from './serviceDefinitions.js';

const raw = Buffer.from([0xff, 0xfe]);

describe('bytesDefinitions', () => {
  describe.each(redisBytesMembers)('.%s', (member) => {
    it('should be the text definition with Buffer replies', () => {
      expect(bytesDefinitions[member]).toEqual({ ...serviceDefinitions[member], buffer: true });
    });
  });
});

describe(toScoredMembers, () => {
  describe('having Buffer members', () => {
    it('should keep them as Buffers and read the scores', () => {
      expect(toScoredMembers([raw, Buffer.from('2.5')])).toEqual([{ member: raw, score: 2.5 }]);
    });
  });
});

describe(toEntryList, () => {
  describe('having a Buffer ID and values', () => {
    it('should give the ID and field names as text, the values as Buffers', () => {
      expect(toEntryList([[Buffer.from('1-0'), [Buffer.from('f'), raw]]])).toEqual([
        { id: '1-0', fields: { f: raw } },
      ]);
    });
  });
});
