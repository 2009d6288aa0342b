import { spawnSync } from 'node:child_process';
import type { IRedisService } from '@org/redis-interface';
import { startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo } from './support/connectTo.js';
import { jsonLines, migrateBin, runMigrate } from './support/runMigrate.js';
import { seedSmallDataset } from './support/seedSmallDataset.js';

/** util-linux `script` runs a command on a real pseudo-terminal; skip (saying why) without it. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('redis-migrate copy progress output', () => {
  let source: RedisStandaloneTopology;
  let target: RedisStandaloneTopology;
  let sourceService: IRedisService;
  let dir: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([startStandalone(), startStandalone()]);
    sourceService = await connectTo(source);
    await seedSmallDataset(sourceService, 2_000);
    dir = await mkdtemp(join(tmpdir(), 'redis-migrate-progress-'));
  }, 60_000);
  afterAll(async () => {
    await sourceService.disconnect();
    await Promise.all([source.stop(), target.stop()]);
  });

  describe.skipIf(!hasScript)('having a terminal (a pseudo-terminal from util-linux script)', () => {
    if (!hasScript)
      console.warn('progressOutput: util-linux `script` is not installed, the TTY test is skipped');

    it('should draw a progress bar with keys/s, ETA and errors', () => {
      const command = [
        process.execPath,
        migrateBin,
        'copy',
        '--source',
        source.url,
        '--target',
        target.url,
        '--on-existing',
        'replace',
        '--checkpoint',
        join(dir, 'tty.json'),
      ]
        .map((part) => `'${part}'`)
        .join(' ');
      const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env['PATH'] ?? '' },
      });
      expect([run.status, run.stdout]).toStrictEqual([
        0,
        expect.stringMatching(
          /copy \[[=-]+\] 100% \| 2000\/2000 keys \| \d+ keys\/s \| .+\/s \| ETA \S+ \| 0 errors/,
        ),
      ]);
    });
  });

  describe('having --json', () => {
    it('should print progress lines and one result line, all JSON', async () => {
      const run = await runMigrate([
        'copy',
        '--source',
        source.url,
        '--target',
        target.url,
        '--on-existing',
        'replace',
        '--checkpoint',
        join(dir, 'json.json'),
        '--json',
      ]);
      const types = jsonLines(run).map((line) => line['type']);
      expect([run.exitCode, types.at(-1), types.includes('progress')]).toStrictEqual([0, 'result', true]);
    });
  });

  describe('having neither (stderr is a pipe)', () => {
    it('should print plain progress lines on stderr and the summary on stdout', async () => {
      const run = await runMigrate([
        'copy',
        '--source',
        source.url,
        '--target',
        target.url,
        '--on-existing',
        'replace',
        '--checkpoint',
        join(dir, 'plain.json'),
      ]);
      expect([run.exitCode, run.stderr, run.stdout]).toStrictEqual([
        0,
        expect.stringMatching(/copy: 2000\/2000 keys, \d+ keys\/s/),
        expect.stringContaining('copied 2000 keys'),
      ]);
    });
  });
});
