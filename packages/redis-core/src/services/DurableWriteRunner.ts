import {
  RedisError,
  type AofAcknowledgement,
  type DurableWriteOptions,
  type DurableWriteResult,
  type IRedisCommandQueue,
} from '@org/redis-interface';
import {
  checkDurableWriteOptions,
  type CheckedDurableWriteOptions,
} from '../calculations/durableWriteOptions.js';
import { parseInfo } from '../calculations/parseInfo.js';
import { waitAofRefusal } from '../calculations/waitAofSupport.js';
import type { NodeConnection, QueuedCommand, RedisKey } from '../models/DriverTopology.js';
import type { EngineCommand } from '../models/EngineCommand.js';
import { checkFunction } from '../calculations/checks.js';
import { CallerError } from '../models/CallerError.js';
import type { DedicatedConnections } from '../models/DedicatedConnections.js';
import { CommandQueue } from './commands/CommandQueue.js';
import { queuedKeys } from './recordDefinition.js';
import { toPipelineResults } from './RedisPipeline.js';

/** A checked durable write: what to send, and how many acknowledgements it needs. */
export interface DurableWrite {
  readonly commands: readonly QueuedCommand[];
  readonly options: CheckedDurableWriteOptions;
}

function invalid(message: string): RedisError {
  return new RedisError('INVALID_ARGUMENT', `writeDurably ${message}`);
}

/**
 * Check the options, let `fn` queue the writes (once), and check what it queued: nothing is sent
 * when any of it is wrong. What `fn` throws is rethrown as is (wrapped in a {@link CallerError},
 * which the command guard unwraps).
 * @throws RedisError `INVALID_ARGUMENT`, `CROSS_SLOT` (from `checkSameSlot`).
 */
export function prepareDurableWrite(
  fn: (queue: IRedisCommandQueue) => void,
  options: DurableWriteOptions,
  checkSameSlot: (keys: readonly RedisKey[]) => void,
  keyPrefix: string,
): DurableWrite {
  checkFunction('writeDurably', 'fn', fn);
  const checked = checkDurableWriteOptions(options);
  const queue = new CommandQueue(undefined, keyPrefix);
  let returned: unknown;
  try {
    returned = fn(queue);
  } catch (error) {
    throw RedisError.is(error) ? error : new CallerError(error);
  }
  if (typeof (returned as PromiseLike<unknown> | undefined)?.then === 'function')
    throw invalid('fn returned a promise: queue the writes synchronously (await reads before the call).');
  if (queue.commands.length === 0) throw invalid('got no command from fn: queue at least one write.');
  const bad = queue.commands.find((command) => command.invalid !== undefined)?.invalid;
  if (bad !== undefined) throw bad;
  checkSameSlot(queuedKeys(queue.commands));
  return { commands: queue.commands, options: checked };
}

/** Refuse `aof` before sending the writes when the master cannot run WAITAOF 1 0. */
async function assertWaitAofSupported(connection: NodeConnection): Promise<void> {
  const [server, persistence] = await Promise.all([
    connection.call('info', ['server']),
    connection.call('info', ['persistence']),
  ]);
  const refusal = waitAofRefusal({ ...parseInfo(String(server)), ...parseInfo(String(persistence)) });
  if (refusal !== undefined) throw refusal;
}

type Replies = readonly PromiseSettledResult<unknown>[];

/** The replies of MULTI, the writes, EXEC, WAIT (and WAITAOF): one pipeline, one round trip. */
function sendDurably(
  connection: NodeConnection,
  write: DurableWrite,
): Promise<PromiseSettledResult<unknown>[]> {
  const { commands, options } = write;
  const pipeline: EngineCommand[] = [
    { command: 'multi', args: [] },
    ...commands,
    // EXEC as Buffers: each queued command then decodes its own reply (a getBuffer keeps its
    // Buffer, the others become strings).
    { command: 'exec', args: [], buffer: true },
    // WAIT inside MULTI would not block (it answers at once): it follows EXEC.
    { command: 'wait', args: [options.replicas, options.timeoutMs] },
  ];
  if (options.aof) pipeline.push({ command: 'waitaof', args: [1, 0, options.timeoutMs] });
  return connection.pipeline(pipeline);
}

/** The error of a settled reply, or `undefined` when it was fulfilled. */
function errorOf(reply: PromiseSettledResult<unknown> | undefined): unknown {
  return reply === undefined ? new Error('no reply') : reply.status === 'rejected' ? reply.reason : undefined;
}

/** EXEC's replies settled per command; a discarded transaction (EXECABORT) rejects with its first cause. */
function settleExec(replies: Replies, count: number): PromiseSettledResult<unknown>[] {
  const exec = replies[count + 1];
  const execReply = exec?.status === 'fulfilled' ? exec.value : undefined;
  if (!Array.isArray(execReply)) {
    // A MOVED among the queued commands comes first: the topology may recover from it and send again
    // (safe, the server discarded everything).
    const queued = replies
      .slice(1, count + 1)
      .find((reply): reply is PromiseRejectedResult => reply.status === 'rejected');
    throw queued?.reason ?? errorOf(exec) ?? new Error('EXEC was aborted');
  }
  return execReply.map((reply: unknown): PromiseSettledResult<unknown> =>
    reply instanceof Error ? { status: 'rejected', reason: reply } : { status: 'fulfilled', value: reply },
  );
}

function replyOf(replies: Replies, index: number): unknown {
  const reply = replies[index];
  if (reply?.status !== 'fulfilled') throw errorOf(reply);
  return reply.value;
}

/**
 * Run a prepared durable write on a dedicated connection to the master of its first key: the
 * writes as MULTI/EXEC, then WAIT (and WAITAOF) in the same round trip, so nothing else waits
 * behind the WAIT. Fewer acknowledgements than asked is `NOT_DURABLE`.
 * @throws RedisError `UNSUPPORTED_BY_SERVER` (aof, before sending), `NOT_DURABLE`.
 */
export async function runDurableWrite(
  connections: DedicatedConnections,
  write: DurableWrite,
): Promise<DurableWriteResult> {
  const { commands, options } = write;
  const connection = await connections.acquire(commands.find((command) => command.key !== undefined)?.key);
  try {
    if (options.aof) await assertWaitAofSupported(connection);
    const replies = await sendDurably(connection, write);
    const results = toPipelineResults(commands, settleExec(replies, commands.length));
    const waited = errorOf(replies[commands.length + 2]);
    // The master turned replica while WAIT waited (a failover): Redis unblocks it with an error.
    if (waited instanceof Error && roleChanged.test(waited.message))
      throw notDurable(
        options,
        0,
        results,
        undefined,
        'the master turned replica while WAIT waited (a failover)',
      );
    const replicas = Number(replyOf(replies, commands.length + 2));
    const aofReply = options.aof ? (replyOf(replies, commands.length + 3) as unknown[]) : undefined;
    const aof: AofAcknowledgement | undefined =
      aofReply === undefined ? undefined : { local: Number(aofReply[0]), replicas: Number(aofReply[1]) };
    if (replicas < options.replicas || (aof !== undefined && aof.local < 1))
      throw notDurable(options, replicas, results, aof);
    return { results, replicas, ...(aof === undefined ? {} : { aof }) };
  } finally {
    connections.release(connection);
  }
}

/** WAIT's reply when the node's role changed while it waited (Redis 7: `disconnectAllBlockedClients`). */
const roleChanged = /^UNBLOCKED force unblock from blocking operation, instance state changed/;

function notDurable(
  options: CheckedDurableWriteOptions,
  acknowledged: number,
  results: DurableWriteResult['results'],
  aof: AofAcknowledgement | undefined,
  reason?: string,
): RedisError {
  const disk = aof === undefined ? '' : `, AOF fsynced locally: ${aof.local === 1 ? 'yes' : 'no'}`;
  const why = reason === undefined ? '' : ` (${reason})`;
  return new RedisError(
    'NOT_DURABLE',
    `writeDurably: ${acknowledged} of ${options.replicas} replicas acknowledged within ${options.timeoutMs} ms${disk}${why}. The writes WERE applied on the master but may be lost in a failover: check the replicas (health()), then retry if the write is idempotent, or raise timeoutMs.`,
    {
      details: { requested: options.replicas, acknowledged, results, ...(aof === undefined ? {} : { aof }) },
    },
  );
}
