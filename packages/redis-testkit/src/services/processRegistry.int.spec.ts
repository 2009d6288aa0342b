import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasExited } from '../../test/connect.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/startAndExit.ts', import.meta.url));

/** Run the fixture in a fresh Node process (through tsx); the PID it started and what it printed. */
function runFixture(mode: 'exit' | 'throw' | 'signal' | 'handled'): Promise<{ pid: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@org/source', fixture, mode],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 30_000 },
      (_error, stdout) => {
        const match = /PID (\d+)/.exec(stdout);
        if (match?.[1] === undefined) reject(new Error(`fixture printed no PID: ${stdout}`));
        else resolve({ pid: Number(match[1]), stdout });
      },
    );
  });
}

describe('process exit cleanup', () => {
  describe('having a process that exits without stop()', () => {
    it('should kill the server it started', async () => {
      expect(await hasExited((await runFixture('exit')).pid)).toBe(true);
    });
  });

  describe('having a process that dies of an uncaught error', () => {
    it('should kill the server it started', async () => {
      expect(await hasExited((await runFixture('throw')).pid)).toBe(true);
    });
  });

  describe('having a process killed by a SIGTERM it does not handle', () => {
    it('should kill the server it started', async () => {
      expect(await hasExited((await runFixture('signal')).pid)).toBe(true);
    });
  });

  describe('having a process that handles SIGTERM itself', () => {
    it('should leave the server running in its handler, and kill it at exit', async () => {
      const { pid, stdout } = await runFixture('handled');
      expect([stdout.includes('in handler: PONG'), await hasExited(pid)]).toStrictEqual([true, true]);
    });
  });
});
