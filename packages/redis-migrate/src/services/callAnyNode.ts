import { RedisError, type IRedisService, type RedisErrorCode, type RedisValue } from '@org/redis-interface';
import { withDeadline } from './withDeadline.js';

/** Tries of a keyless command: with one master of three silent, five random picks all miss it 99.6 % of the time. */
const ATTEMPTS = 5;

/** How long one try of a keyless command waits: long for a loaded server, short against the 5 s command timeout. */
export const KEYLESS_TIMEOUT_MS = 1_000;

/**
 * How long the first try waits: the layer's first `call()` fetches COMMAND (the key specs) from one
 * node, and every call waits for that fetch, up to the command timeout (5 s by default) when that
 * node is the silent one. Later tries are short.
 */
const FIRST_TRY_TIMEOUT_MS = 6_000;

/** Failures of the node picked, not of the command: worth another pick. */
const retried: ReadonlySet<RedisErrorCode> = new Set(['COMMAND_TIMEOUT', 'CONNECTION_FAILED']);

/**
 * `service.call(command, …args)` for a command without a key, which a cluster sends to a node of
 * its choosing: when that node does not answer within `timeoutMs`, ask again (likely another node)
 * rather than wait out the command timeout, up to {@link ATTEMPTS} times.
 *
 * @throws RedisError what the command rejects with (`NO_PERMISSION`…), or the last
 *   `COMMAND_TIMEOUT`/`CONNECTION_FAILED`; `Error` when no try answered in time.
 */
export async function callAnyNode<T>(
  service: IRedisService,
  timeoutMs: number,
  command: string,
  ...args: readonly RedisValue[]
): Promise<T> {
  let failure: unknown = new Error(
    `${command} ${String(args[0] ?? '')}: no node answered within ${timeoutMs} ms (${ATTEMPTS} tries)`,
  );
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    try {
      const wait = attempt === 0 ? Math.max(timeoutMs, FIRST_TRY_TIMEOUT_MS) : timeoutMs;
      const outcome = await withDeadline(service.call<T>(command, ...args), wait);
      if (outcome.settled) return outcome.value;
    } catch (error) {
      // The node picked was silent or its connection dropped: another pick may answer.
      if (!RedisError.is(error) || !retried.has(error.code)) throw error;
      failure = error;
    }
  }
  throw failure;
}
