import calculateSlot from 'cluster-key-slot';
import { describe, expect, it } from 'vitest';
import { hashTagsByMaster } from './hashTagsByMaster.js';

const ranges = [
  { start: 0, end: 5460, master: 'a:1', replicas: [] },
  { start: 5461, end: 10922, master: 'b:1', replicas: [] },
  { start: 10923, end: 16382, master: 'c:1', replicas: [] },
  { start: 16383, end: 16383, master: 'd:1', replicas: [] },
];

describe(hashTagsByMaster, () => {
  describe('having four masters, one serving a single slot', () => {
    it('should give each master a tag whose slot it serves', () => {
      const tags = hashTagsByMaster(ranges);
      const owners = [...tags].map(([master, tag]) => {
        const slot = calculateSlot(`redis-migrate:smoke:{${tag}}:x`);
        return [master, ranges.find((range) => range.start <= slot && slot <= range.end)?.master];
      });
      expect(Object.fromEntries(owners)).toStrictEqual({
        'a:1': 'a:1',
        'b:1': 'b:1',
        'c:1': 'c:1',
        'd:1': 'd:1',
      });
    });
  });
});
