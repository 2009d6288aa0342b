import type { FaultInjection } from '../models/RedisTopology.js';
import { TestkitError } from '../models/TestkitError.js';
import type { RedisServerProcess } from './RedisServerProcess.js';

type NodeState = 'running' | 'paused' | 'down';

/**
 * The `redis-server` processes of one local topology, addressed by `host:port` (or by a
 * cluster node ID registered with {@link LocalNodeGroup.alias}), with fault injection.
 */
export class LocalNodeGroup implements FaultInjection {
  private readonly states = new Map<RedisServerProcess, NodeState>();
  private readonly aliases = new Map<string, RedisServerProcess>();

  /**
   * @param processes - the started processes.
   * @param startTimeoutMs - how long a restart may take.
   */
  public constructor(
    public readonly processes: readonly RedisServerProcess[],
    private readonly startTimeoutMs: number,
  ) {
    for (const process of processes) {
      this.states.set(process, 'running');
      this.aliases.set(addressOf(process), process);
    }
  }

  /** Make `alias` (e.g. a cluster node ID) name the process at `address` too. */
  public alias(alias: string, address: string): void {
    const process = this.aliases.get(address);
    if (process !== undefined) this.aliases.set(alias, process);
  }

  /** The process named by `id`. @throws TestkitError `UNKNOWN_NODE`. */
  public find(id: string): RedisServerProcess {
    const process = this.aliases.get(id);
    if (process === undefined) {
      const known = this.processes.map(addressOf).join(', ');
      throw new TestkitError('UNKNOWN_NODE', `No node "${id}" in this topology: use one of ${known}`);
    }
    return process;
  }

  /** Processes that are running and not paused: the ones that can answer. */
  public live(): readonly RedisServerProcess[] {
    return this.processes.filter((process) => this.states.get(process) === 'running');
  }

  public async killNode(id: string): Promise<void> {
    const process = this.find(id);
    await process.kill();
    this.states.set(process, 'down');
  }

  public async restartNode(id: string): Promise<void> {
    const process = this.find(id);
    if (this.states.get(process) !== 'down') await process.stop();
    await process.start(this.startTimeoutMs);
    this.states.set(process, 'running');
  }

  public pauseNode(id: string): Promise<void> {
    const process = this.find(id);
    process.signal('SIGSTOP');
    this.states.set(process, 'paused');
    return Promise.resolve();
  }

  public resumeNode(id: string): Promise<void> {
    const process = this.find(id);
    process.signal('SIGCONT');
    if (this.states.get(process) === 'paused') this.states.set(process, 'running');
    return Promise.resolve();
  }

  /** Stop every process (paused ones are continued first) and wait for all exits. */
  public async stopAll(): Promise<void> {
    await Promise.all(this.processes.map((process) => process.stop()));
    for (const process of this.processes) this.states.set(process, 'down');
  }
}

/** `host:port` of a process: the node id the testkit hands out. */
export function addressOf(process: RedisServerProcess): string {
  return `${process.spec.host}:${process.spec.port}`;
}
