import fc from 'fast-check';
import type {
  IRedisBatchCommands,
  IRedisCommandQueue,
  IRedisCallCommands,
  IRedisConnectionCommands,
  IRedisDurabilityCommands,
  IRedisService,
  IRedisTransaction,
} from '@org/redis-interface';
import { junk } from '../junk.js';
import {
  args,
  choice,
  flag,
  integer,
  junk as junkValue,
  key,
  keyArray,
  noArgs,
  options,
  value,
} from './arbitraries.js';
import { callMember } from './callMember.js';
import type { FuzzCase, FuzzKeys, FuzzTarget } from './FuzzCase.js';

/** Transaction bodies: a valid write, a bad queued argument, or no function at all. */
const body = (keys: FuzzKeys): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant((tx: IRedisTransaction) => {
      tx.set(keys.names[0], 'tx').incr(keys.names[0]);
    }),
    fc.constant((tx: IRedisTransaction) => {
      tx.set(keys.names[0], 'tx').set(junk(undefined), 'lost');
    }),
    fc.constant((tx: IRedisTransaction) => {
      tx.zadd(keys.names[3], { score: junk(1n), member: 'm' });
    }),
    junkValue,
  );

/**
 * Durable-write bodies: a valid write, a bad queued argument, keys in two slots, a promise (refused:
 * the writes must be queued synchronously), nothing queued, or no function at all.
 */
const durableBody = (keys: FuzzKeys): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant((queue: IRedisCommandQueue) => {
      queue.set(keys.names[0], 'durable').incr(keys.names[0]);
    }),
    fc.constant((queue: IRedisCommandQueue) => {
      queue.set(keys.names[0], 'durable').set(junk(undefined), 'lost');
    }),
    fc.constant((queue: IRedisCommandQueue) => {
      queue.set(keys.names[0], 'a').set(keys.names[4], 'b');
    }),
    fc.constant(async (queue: IRedisCommandQueue) => {
      await Promise.resolve();
      queue.set(keys.names[0], 'late');
    }),
    fc.constant(() => undefined),
    junkValue,
  );

/** `quit()`/`disconnect()` of a service that was never connected: resolves, touches nothing shared. */
function closeUnconnected(
  member: 'quit' | 'disconnect',
  values: readonly unknown[],
  target: FuzzTarget,
): unknown {
  const service = target.unconnected();
  return callMember(service, member, values);
}

/** Lifecycle, liveness and batches. `quit`/`disconnect` run on a service that was never connected. */
export const connectionFuzzCases = {
  mode: {
    args: () => noArgs,
    invoke: (service: IRedisService) => service.mode,
    sync: true,
    resolves: (mode) => mode === 'standalone' || mode === 'cluster',
  },
  // A property holding the bytes view; its members are fuzzed through the text members' definitions.
  bytes: {
    args: () => noArgs,
    invoke: (service: IRedisService) => service.bytes,
    sync: true,
    resolves: (view) => typeof view === 'object' && view !== null,
  },
  connect: { args: () => noArgs },
  quit: { args: () => noArgs, invoke: (_, values, target) => closeUnconnected('quit', values, target) },
  disconnect: {
    args: () => noArgs,
    invoke: (_, values, target) => closeUnconnected('disconnect', values, target),
  },
  ping: { args: () => noArgs, resolves: (reply) => reply === 'PONG' },
  // Commands by name, with a key of the pool (or junk) and a value (or junk): sent, or refused coded.
  call: { args: (keys) => args(choice('GET', 'SET', 'INCR', 'EXISTS', 'APPEND', 'get'), key(keys), value) },
  health: { args: () => noArgs, resolves: (report) => typeof report === 'object' && report !== null },
  nativeClient: {
    args: () => noArgs,
    sync: true,
    resolves: (client) => typeof client === 'object' && client !== null,
  },
} satisfies Record<
  keyof IRedisConnectionCommands | keyof IRedisCallCommands | 'bytes' | 'nativeClient',
  FuzzCase
>;

/** Pipelines and transactions (the queue's own members are fuzzed one by one in `queueFuzzCases`). */
export const batchFuzzCases = {
  pipeline: {
    args: () => noArgs,
    sync: true,
    resolves: (pipeline) => typeof (pipeline as { exec?: unknown }).exec === 'function',
  },
  transaction: {
    args: (keys) => args(keyArray(keys), body(keys), options({ maxAttempts: integer(0, 3) })),
  },
} satisfies Record<keyof IRedisBatchCommands, FuzzCase>;

/** Durable writes; WAIT timeouts stay short, so a run asking for more replicas than exist is quick. */
export const durabilityFuzzCases = {
  writeDurably: {
    args: (keys) =>
      args(durableBody(keys), options({ replicas: integer(-1, 2), timeoutMs: integer(-1, 50), aof: flag })),
  },
} satisfies Record<keyof IRedisDurabilityCommands, FuzzCase>;
