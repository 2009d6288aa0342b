import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { serverArguments, type ServerSpec } from '../calculations/serverArguments.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand, type AdminConnection } from './adminClient.js';
import { forgetPid, trackPid } from './processRegistry.js';

const STOP_GRACE_MS = 3_000;

/**
 * One `redis-server` child process on a fixed port, which can be stopped, killed, paused and
 * started again on the same port and directory (so a cluster node keeps its `nodes.conf`).
 */
export class RedisServerProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  /**
   * @param spec - the command line.
   * @param admin - how to PING it for readiness (TLS material, credentials).
   */
  public constructor(
    public readonly spec: ServerSpec,
    private readonly admin: AdminConnection,
  ) {}

  /** The PID while running; undefined when not started or exited. */
  public get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Spawn the server and wait until it answers PING. */
  public async start(timeoutMs: number): Promise<void> {
    const child = spawn('redis-server', serverArguments(this.spec), { stdio: 'ignore' });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined));
      child.once('error', resolve);
    });
    if (spawned !== undefined) {
      throw new TestkitError('START_FAILED', `Could not run redis-server: ${spawned.message}`, {
        cause: spawned,
      });
    }
    const pid = child.pid;
    if (pid !== undefined) trackPid(pid);
    void this.exited.then(() => pid !== undefined && forgetPid(pid));
    await this.waitUntilReady(timeoutMs);
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (this.pid === undefined) {
        throw new TestkitError(
          'START_FAILED',
          `redis-server on port ${this.spec.port} exited during start-up. Its log says:\n${this.logTail()}`,
        );
      }
      try {
        // Not PING: a server of another test can take the port between freePort and our bind, and
        // would answer for ours while ours exits with "Address already in use" (seen in CI: a cluster
        // formed with a foreign node never converged). Ready means our own process answers.
        const info = await adminCommand(this.admin, 'INFO', 'server');
        if (/process_id:(\d+)/.exec(info)?.[1] === String(this.pid)) return;
        lastError = new Error(`another redis-server answers on port ${this.spec.port}`);
        await sleep(20);
      } catch (error) {
        lastError = error;
        await sleep(20);
      }
    }
    throw new TestkitError(
      'START_FAILED',
      `redis-server on port ${this.spec.port} did not answer (INFO, as its own process) within ${timeoutMs} ms. Log:\n${this.logTail()}`,
      { cause: lastError },
    );
  }

  /** Last lines of the server log, for error messages. */
  public logTail(lines = 15): string {
    try {
      return readFileSync(this.spec.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log written)';
    }
  }

  /** Send `signal` to the process if it runs; resolves when the signal is sent. */
  public signal(signal: NodeJS.Signals): void {
    const pid = this.pid;
    if (pid === undefined) return;
    try {
      process.kill(pid, signal);
    } catch {
      // Exited in between: nothing to signal.
    }
  }

  /** SIGKILL and wait for the exit. */
  public async kill(): Promise<void> {
    this.signal('SIGKILL');
    await this.exited;
  }

  /** SIGCONT (in case it is paused), SIGTERM, then SIGKILL after a grace period; waits for exit. */
  public async stop(): Promise<void> {
    if (this.pid === undefined) return;
    this.signal('SIGCONT');
    this.signal('SIGTERM');
    const graceful = await Promise.race([
      this.exited.then(() => true),
      sleep(STOP_GRACE_MS).then(() => false),
    ]);
    if (!graceful) await this.kill();
  }
}
