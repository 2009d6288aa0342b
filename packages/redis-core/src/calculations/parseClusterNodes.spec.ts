import { describe, expect, it } from 'vitest';
import { parseClusterNodes } from './parseClusterNodes.js';

const output = [
  'e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca 127.0.0.1:30001@40001 myself,master - 0 0 1 connected 0-5460',
  '67ed2db8d677e59ec4a4cefb06858cf2a1a89fa1 127.0.0.1:30002@40002,host.example master - 0 1426238316232 2 connected 5461-10922 [5461-<-292f8b365bb7edb5e285caf0b7e6ddc7265d2f4f]',
  '292f8b365bb7edb5e285caf0b7e6ddc7265d2f4f 127.0.0.1:30004@40004 slave,fail e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca 0 1426238317741 1 disconnected',
  '',
].join('\n');

describe(parseClusterNodes, () => {
  describe('having masters, a migrating slot and a failed replica', () => {
    const nodes = parseClusterNodes(output);

    it('should return one entry per node line', () => {
      expect(nodes).toHaveLength(3);
    });

    it('should read the address without the bus port or hostname', () => {
      expect(nodes.map((node) => `${node.host}:${node.port}`)).toStrictEqual([
        '127.0.0.1:30001',
        '127.0.0.1:30002',
        '127.0.0.1:30004',
      ]);
    });

    it('should keep slot ranges and drop migration markers', () => {
      expect(nodes[1]?.slots).toStrictEqual(['5461-10922']);
    });

    it('should give a replica its master ID, flags and link state', () => {
      expect(nodes[2]).toMatchObject({
        masterId: 'e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca',
        flags: ['slave', 'fail'],
        linkState: 'disconnected',
      });
    });
  });
});
