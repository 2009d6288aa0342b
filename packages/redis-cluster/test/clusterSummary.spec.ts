import type { RedisNodeHealth } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { clusterNodeList } from '../src/calculations/clusterNodeList.js';
import { clusterHealthStatus, clusterSummary } from '../src/calculations/clusterSummary.js';

const text = [
  'a1 127.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-5460',
  'b2 127.0.0.1:7001@17001 master - 0 1 2 connected 5461-10922',
  'c3 127.0.0.1:7002@17002 master - 0 1 3 connected 10923-16383',
  'd4 127.0.0.1:7003@17003 slave a1 0 1 1 connected',
  'e5 :0@0 noaddr,handshake - 0 0 0 disconnected',
].join('\n');
const info = {
  cluster_state: 'ok',
  cluster_slots_assigned: '16384',
  cluster_slots_ok: '16384',
  cluster_slots_pfail: '0',
  cluster_slots_fail: '0',
  cluster_known_nodes: '5',
};
const up = (address: string): RedisNodeHealth => ({ address, role: 'master', status: 'up', latencyMs: 1 });
const down = (address: string): RedisNodeHealth => ({ address, role: 'master', status: 'down' });

describe(clusterNodeList, () => {
  describe('having a natMap entry and a node without an address', () => {
    it('should list the addressed nodes with their role and slots, translated', () => {
      const natMap = { '127.0.0.1:7001': { host: '127.0.0.9', port: 9001 } };
      expect(
        clusterNodeList(text, natMap, '127.0.0.1').map(
          (node) => `${node.address} ${node.role} ${node.slots}`,
        ),
      ).toStrictEqual([
        '127.0.0.1:7000 master 5461',
        '127.0.0.9:9001 master 5462',
        '127.0.0.1:7002 master 5461',
        '127.0.0.1:7003 replica 0',
      ]);
    });
  });
});

describe(clusterSummary, () => {
  describe('having a master that does not answer while the cluster still says ok', () => {
    const entries = clusterNodeList(text, {}, '127.0.0.1');
    const nodes = entries.map((entry) => (entry.port === 7001 ? down : up)(entry.address));
    const cluster = clusterSummary(info, entries, nodes);

    it('should count only the slots of the masters that answered as ok', () => {
      expect([cluster.slotsOk, cluster.masters, cluster.replicas]).toStrictEqual([16_384 - 5462, 3, 1]);
    });

    it('should make the status degraded', () => {
      expect(clusterHealthStatus(cluster, nodes)).toBe('degraded');
    });
  });

  describe('having every node answer', () => {
    it('should make the status up', () => {
      const entries = clusterNodeList(text, {}, '127.0.0.1');
      const nodes = entries.map((entry) => up(entry.address));
      expect(clusterHealthStatus(clusterSummary(info, entries, nodes), nodes)).toBe('up');
    });
  });
});
