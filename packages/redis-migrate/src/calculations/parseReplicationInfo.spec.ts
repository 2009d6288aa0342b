import { describe, expect, it } from 'vitest';
import { parseReplicationInfo } from './parseReplicationInfo.js';

describe(parseReplicationInfo, () => {
  describe('having a master with two replicas, one still syncing', () => {
    it('should give each replica its address, state, lag and bytes behind', () => {
      expect(
        parseReplicationInfo({
          role: 'master',
          connected_slaves: '2',
          slave1: 'ip=127.0.0.1,port=7005,state=wait_bgsave,offset=0,lag=0',
          slave0: 'ip=127.0.0.1,port=7004,state=online,offset=900,lag=1',
          master_repl_offset: '1000',
        }),
      ).toStrictEqual([
        { address: '127.0.0.1:7004', state: 'online', lagSeconds: 1, offsetBehind: 100 },
        { address: '127.0.0.1:7005', state: 'wait_bgsave', lagSeconds: 0, offsetBehind: 1000 },
      ]);
    });
  });

  describe('having no replica', () => {
    it('should give none', () => {
      expect(parseReplicationInfo({ role: 'master', connected_slaves: '0' })).toStrictEqual([]);
    });
  });
});
