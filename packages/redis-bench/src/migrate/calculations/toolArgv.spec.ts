import { describe, expect, it } from 'vitest';
import { toolArgv, type ToolEndpoints } from './toolArgv.js';

const endpoints: ToolEndpoints = {
  migrateCli: '/repo/cli.js',
  source: { host: '127.0.0.1', port: 7000 },
  targets: [
    { host: '127.0.0.1', port: 7001 },
    { host: '127.0.0.1', port: 7002 },
  ],
  checkpoint: '/tmp/run/ck.json',
};

describe(toolArgv, () => {
  describe('having redis-cli', () => {
    it('should import from the source into the first target node, copying and replacing', () => {
      expect(toolArgv('redis-cli', endpoints)).toStrictEqual([
        'redis-cli',
        '--cluster',
        'import',
        '127.0.0.1:7001',
        '--cluster-from',
        '127.0.0.1:7000',
        '--cluster-copy',
        '--cluster-replace',
      ]);
    });
  });

  describe('having ours', () => {
    it('should copy with replace, JSON output and a checkpoint in the run directory', () => {
      expect(toolArgv('ours', endpoints).slice(1)).toStrictEqual([
        '/repo/cli.js',
        'copy',
        '--source',
        'redis://127.0.0.1:7000',
        '--target-cluster',
        '127.0.0.1:7001,127.0.0.1:7002',
        '--json',
        '--on-existing',
        'replace',
        '--checkpoint',
        '/tmp/run/ck.json',
      ]);
    });
  });

  describe('having verify', () => {
    it('should run the verify subcommand with the same endpoints', () => {
      expect(toolArgv('verify', endpoints).slice(2, 7)).toStrictEqual([
        'verify',
        '--source',
        'redis://127.0.0.1:7000',
        '--target-cluster',
        '127.0.0.1:7001,127.0.0.1:7002',
      ]);
    });
  });
});
