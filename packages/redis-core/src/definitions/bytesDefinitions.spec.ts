import { redisBytesMembers } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { toGeoMatch } from '../calculations/geoArguments.js';
import { toTextList } from '../calculations/replies.js';
import { toScoredMembers } from '../calculations/sortedSetReplies.js';
import { toAutoClaim, toEntryList } from '../calculations/streamReplies.js';
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

describe(toAutoClaim, () => {
  describe('having Buffer IDs (bytes view)', () => {
    it('should give next, the claimed IDs and the deleted IDs as text', () => {
      const reply = [Buffer.from('2-0'), [Buffer.from('1-0')], [Buffer.from('0-1')]];
      expect(toAutoClaim(reply, true)).toEqual({ next: '2-0', ids: ['1-0'], deleted: ['0-1'] });
    });
  });

  describe('having Buffer entries (bytes view)', () => {
    it('should keep the values as Buffers and the IDs as text', () => {
      const reply = [Buffer.from('0-0'), [[Buffer.from('1-0'), [Buffer.from('f'), raw]]], []];
      expect(toAutoClaim(reply, false)).toEqual({
        next: '0-0',
        entries: [{ id: '1-0', fields: { f: raw } }],
        deleted: [],
      });
    });
  });
});

describe(toTextList, () => {
  describe('having text items (text path)', () => {
    it('should give the same list, not a copy', () => {
      const ids = ['1-0', '2-0'];
      expect(toTextList(ids)).toBe(ids);
    });
  });

  describe('having Buffer items', () => {
    it('should decode each as UTF-8', () => {
      expect(toTextList([Buffer.from('1-0')])).toEqual(['1-0']);
    });
  });
});

describe(toGeoMatch, () => {
  describe('having a Buffer member and Buffer numbers (bytes view)', () => {
    it('should keep the member as a Buffer and read the numbers', () => {
      const item = [raw, Buffer.from('1.5'), [Buffer.from('13.5'), Buffer.from('38.25')]];
      expect(toGeoMatch(item, { dist: true, hash: false, coord: true })).toEqual({
        member: raw,
        distance: 1.5,
        coordinates: { longitude: 13.5, latitude: 38.25 },
      });
    });
  });
});
