import { rmSync } from 'node:fs';

/**
 * Every process and temp dir the testkit started in this Node process, so that they are
 * cleaned up even when a test fails or the runner exits without calling `stop()`.
 *
 * The `exit` hook can only run synchronous code: it SIGKILLs by PID and removes dirs.
 * Signals are re-raised after cleanup so the process still dies the way it was asked to, unless
 * the application listens to that signal too: then it decides when to stop the servers.
 */
const livePids = new Set<number>();
const tempDirs = new Set<string>();
let hooksInstalled = false;

function cleanupSync(): void {
  for (const pid of livePids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: nothing to clean.
    }
  }
  livePids.clear();
  for (const dir of tempDirs) {
    rmSync(dir, { recursive: true, force: true });
  }
  tempDirs.clear();
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      // The application handles this signal itself (a launcher closing its clients before its
      // servers): leave the order to it. The exit hook still kills whatever it did not stop.
      if (process.listenerCount(signal) > 0) return;
      cleanupSync();
      process.kill(process.pid, signal);
    });
  }
}

/** Remember a process the testkit started; it is killed at exit unless forgotten first. */
export function trackPid(pid: number): void {
  installHooks();
  livePids.add(pid);
}

/** The process was stopped on purpose (or died): do not signal its PID again. */
export function forgetPid(pid: number): void {
  livePids.delete(pid);
}

/** Remember a temp dir; it is removed at exit unless released first. */
export function trackTempDir(dir: string): void {
  installHooks();
  tempDirs.add(dir);
}

/** Remove a temp dir now and stop tracking it. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** PIDs still tracked (for tests of the cleanup itself). */
export function trackedPids(): readonly number[] {
  return [...livePids];
}
