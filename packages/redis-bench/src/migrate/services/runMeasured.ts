import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  cpuSecondsFromTimeReport,
  maxRssFromTimeReport,
  statusKilobytes,
} from '../calculations/procFigures.js';
import type { ProcessFigures } from '../models/MigrateRun.js';

const GNU_TIME = '/usr/bin/time';

/** Where a measured child writes, and how long it may run. */
export interface MeasuredCommand {
  /** Program and arguments. */
  readonly argv: readonly [string, ...string[]];
  /** Directory for the child's stdout, stderr and time report (`<name>.out`, `.err`, `.time`). */
  readonly dir: string;
  /** File name stem inside `dir`. */
  readonly name: string;
  /** Killed (its whole process group, SIGKILL) after this many ms. */
  readonly timeoutMs: number;
}

/** The last `bytes` of a file, for error messages; empty when it does not exist. */
export function tailOf(file: string, bytes = 2_000): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  return text.slice(-bytes);
}

/**
 * Run a child process to the end and measure it: wall time, exit, peak RSS. The peak comes from
 * GNU `time -v` (the kernel's `ru_maxrss` of the child) when `/usr/bin/time` exists, else from
 * polling `/proc/<pid>/status` VmHWM every 50 ms (which already holds the peak so far). stdout and
 * stderr go to files, not through this process (redis-cli prints a line per key).
 */
export async function runMeasured(command: MeasuredCommand): Promise<ProcessFigures> {
  const useTime = existsSync(GNU_TIME);
  const timeReport = join(command.dir, `${command.name}.time`);
  const argv = useTime ? [GNU_TIME, '-v', '-o', timeReport, ...command.argv] : [...command.argv];
  const out = openSync(join(command.dir, `${command.name}.out`), 'w');
  const err = openSync(join(command.dir, `${command.name}.err`), 'w');
  const started = performance.now();
  // Its own process group, so that the time limit kills the tool and not only the time wrapper.
  const child = spawn(argv[0] ?? '', argv.slice(1), { detached: true, stdio: ['ignore', out, err] });
  let polledPeak: number | undefined;
  let timedOut = false;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          polledPeak =
            statusKilobytes(readFileSync(`/proc/${child.pid}/status`, 'utf8'), 'VmHWM') ?? polledPeak;
        } catch {
          // Gone between two polls: the last reading stands.
        }
      }, 50);
  const limit = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, command.timeoutMs);
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve(code));
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const report = useTime && existsSync(timeReport) ? readFileSync(timeReport, 'utf8') : '';
    const peakRssBytes = useTime ? maxRssFromTimeReport(report) : polledPeak;
    return { wallSeconds, peakRssBytes, cpuSeconds: cpuSecondsFromTimeReport(report), exitCode, timedOut };
  } finally {
    clearTimeout(limit);
    if (poll !== undefined) clearInterval(poll);
    closeSync(out);
    closeSync(err);
  }
}
