import { describe, expect, it } from 'vitest';
import { parseKeyspaceInfo } from './parseKeyspaceInfo.js';

describe(parseKeyspaceInfo, () => {
  describe('having two databases and an unrelated field', () => {
    it('should list the databases by number with their counts', () => {
      expect(
        parseKeyspaceInfo({
          db3: 'keys=50,expires=2,avg_ttl=100',
          db0: 'keys=302,expires=1,avg_ttl=0',
          redis_version: '7.0.15',
        }),
      ).toStrictEqual([
        { db: 0, keys: 302, expires: 1 },
        { db: 3, keys: 50, expires: 2 },
      ]);
    });
  });
});
