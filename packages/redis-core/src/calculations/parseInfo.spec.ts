import { describe, expect, it } from 'vitest';
import { parseInfo } from './parseInfo.js';

describe(parseInfo, () => {
  describe('having INFO text with sections and CRLF line ends', () => {
    it('should return every field and skip headers and blank lines', () => {
      const text =
        '# Cluster\r\ncluster_state:ok\r\ncluster_slots_assigned:16384\r\n\r\n# Other\r\nlist:a:b\r\n';
      expect(parseInfo(text)).toStrictEqual({
        cluster_state: 'ok',
        cluster_slots_assigned: '16384',
        list: 'a:b',
      });
    });
  });
});
