/** One command queued in a pipeline, transaction or durable write, as called. */
export interface RecordedEntry {
  readonly member: string;
  readonly args: readonly unknown[];
  /** Queued through the queue's `bytes` view. */
  readonly bytes: boolean;
}
