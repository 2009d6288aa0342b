import { describe, expect, it } from 'vitest';
import { permissionProbes } from './permissionProbes.js';

const names = (side: 'source' | 'target', mode: 'standalone' | 'cluster') =>
  permissionProbes(side, mode).map((probe) => probe.name);

describe(permissionProbes, () => {
  describe('having a cluster target', () => {
    it('should ask for RESTORE and the cluster topology commands, not DUMP', () => {
      expect([
        names('target', 'cluster').includes('restore'),
        names('target', 'cluster').includes('cluster|slots'),
        names('target', 'cluster').includes('dump'),
      ]).toStrictEqual([true, true, false]);
    });
  });

  describe('having a standalone source', () => {
    it('should ask for DUMP and PEXPIRETIME, not RESTORE nor CLUSTER', () => {
      const probes = names('source', 'standalone');
      expect([
        probes.includes('dump'),
        probes.includes('pexpiretime'),
        probes.includes('restore'),
        probes.some((name) => name.startsWith('cluster')),
      ]).toStrictEqual([true, true, false, false]);
    });
  });
});
