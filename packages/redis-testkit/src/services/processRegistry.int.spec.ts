import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasExited } from '../../test/connect.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/startAndExit.ts', import.meta.url));

/** Run the fixture in a fresh Node process (through tsx) and return the PID it started. */
function startedPid(mode: 'exit' | 'throw'): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@org/source', fixture, mode],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 30_000 },
      (_error, stdout) => {
        const match = /PID (\d+)/.exec(stdout);
        if (match?.[1] === undefined) reject(new Error(`fixture printed no PID: ${stdout}`));
        else resolve(Number(match[1]));
      },
    );
  });
}

describe('process exit cleanup', () => {
  describe('having a process that exits without stop()', () => {
    it('should kill the server it started', async () => {
      expect(await hasExited(await startedPid('exit'))).toBe(true);
    });
  });

  describe('having a process that dies of an uncaught error', () => {
    it('should kill the server it started', async () => {
      expect(await hasExited(await startedPid('throw'))).toBe(true);
    });
  });
});
