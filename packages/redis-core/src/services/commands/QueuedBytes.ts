import { bytesDefinitions } from '../../definitions/bytesDefinitions.js';
import { installQueueDefinitions, type QueueHost } from '../recordDefinition.js';

/**
 * `pipeline.bytes` (and a transaction's): the bytes view's queueable members, recorded on the queue
 * with Buffer replies; each returns the queue itself, for chaining.
 */
export class QueuedBytes {
  /** @param queue - the queue the commands are recorded on. */
  public constructor(public readonly queue: QueueHost) {}
}

installQueueDefinitions(
  QueuedBytes.prototype,
  bytesDefinitions,
  (receiver) => (receiver as QueuedBytes).queue,
);
