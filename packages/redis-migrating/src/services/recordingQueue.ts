import { isQueueable, serviceDefinitions } from '@org/redis-core';
import { redisBytesMembers } from '@org/redis-interface';
import type { RecordedEntry } from '../models/RecordedEntry.js';

type Queue = Record<string, (...args: unknown[]) => unknown> & {
  readonly bytes: Record<string, (...args: unknown[]) => unknown>;
};

const inner: unique symbol = Symbol('inner');
const log: unique symbol = Symbol('log');
const owner: unique symbol = Symbol('owner');

interface Recording {
  readonly [inner]: Queue;
  readonly [log]: RecordedEntry[];
  readonly [owner]: object;
}

function recorded(member: string, bytes: boolean) {
  return function queueAndRecord(this: Recording, ...args: unknown[]): object {
    const queue = bytes ? this[inner].bytes : this[inner];
    queue[member]?.(...args);
    this[log].push({ member, args, bytes });
    return this[owner];
  };
}

function prototypeOf(members: readonly string[], bytes: boolean): object {
  const prototype = {};
  for (const member of members)
    Object.defineProperty(prototype, member, {
      value: recorded(member, bytes),
      writable: true,
      configurable: true,
    });
  return prototype;
}

const queueable = Object.keys(serviceDefinitions).filter((member) => isQueueable(member));
const queueableBytes = redisBytesMembers.filter((member) => isQueueable(member));
const textPrototype = prototypeOf(queueable, false);
const bytesPrototype = prototypeOf(queueableBytes, true);

/**
 * A queue (pipeline, transaction, durable write) that forwards every command to `queue`, the
 * authoritative side's, as it is queued (so its checks and its errors are the driver's own), and
 * records it in `entries` for the replay on the other side.
 *
 * @param queue - the authoritative side's queue.
 * @param entries - where the queued commands are recorded, in order.
 * @param extras - the queue's other members (`exec`, `length`, `keys`…), as property descriptors.
 */
export function recordingQueue<Q extends object>(
  queue: Q,
  entries: RecordedEntry[],
  extras: PropertyDescriptorMap,
): Q {
  const recording = Object.create(textPrototype, {
    [inner]: { value: queue },
    [log]: { value: entries },
    ...extras,
  }) as Recording;
  Object.defineProperty(recording, owner, { value: recording });
  const bytes = Object.create(bytesPrototype, {
    [inner]: { value: queue },
    [log]: { value: entries },
    [owner]: { value: recording },
  }) as object;
  Object.defineProperty(recording, 'bytes', { value: bytes, enumerable: false });
  return recording as unknown as Q;
}
