import type { CheckpointIdentity, CopyCheckpoint, NodeProgress } from '../models/CopyCheckpoint.js';
import { writeCheckpoint } from './checkpointFile.js';

/**
 * Holds the live per-node progress of a copy and writes it to the checkpoint file, one write at
 * a time (a slow disk never has two renames racing), every `intervalMs` and when asked.
 */
export class CheckpointWriter {
  private readonly nodes = new Map<string, NodeProgress>();
  private writing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  /**
   * @param path - the checkpoint file.
   * @param identity - what a resume must match.
   * @param startedAt - when the first run of this copy started (kept across resumes).
   */
  public constructor(
    private readonly path: string,
    private readonly identity: CheckpointIdentity,
    private readonly startedAt: string,
  ) {}

  /** The node's latest committed progress. */
  public set(node: string, progress: NodeProgress): void {
    this.nodes.set(node, progress);
  }

  /** Forget a node that is no longer a master (its successor is walked from the start). */
  public drop(node: string): void {
    this.nodes.delete(node);
  }

  /** Every node's progress. */
  public entries(): [string, NodeProgress][] {
    return [...this.nodes];
  }

  /** Write every `intervalMs` until `stop()`. */
  public start(intervalMs: number): void {
    this.timer = setInterval(() => void this.save('running').catch(() => undefined), intervalMs);
  }

  /** Stop the periodic writes. */
  public stop(): void {
    clearInterval(this.timer);
  }

  /** Write now, after any write in progress. */
  public save(status: CopyCheckpoint['status'], finishedAt?: string): Promise<void> {
    const checkpoint: CopyCheckpoint = {
      kind: 'redis-migrate-copy',
      version: 1,
      identity: this.identity,
      status,
      startedAt: this.startedAt,
      savedAt: new Date().toISOString(),
      ...(finishedAt === undefined ? {} : { finishedAt }),
      nodes: Object.fromEntries(this.nodes),
    };
    this.writing = this.writing.catch(() => undefined).then(() => writeCheckpoint(this.path, checkpoint));
    return this.writing;
  }
}
