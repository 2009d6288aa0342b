import type { RedisArgument } from './RedisArgument.js';

/**
 * Sending one command and getting its reply: what the shared client and a node connection have in
 * common. Replies keep the engine's RESP2 shapes (arrays, strings, integers, `null`); a server
 * error rejects with an `Error` whose message is the server's (core maps it, see `mapRedisError`).
 * Where a command goes is the implementer's routing: {@link SharedClient} routes by the first key,
 * a {@link NodeConnection} sends everything to its node.
 */
export interface CommandSender {
  /**
   * Send `command` with `args` (keys unprefixed: the engine applies the configured key prefix at the
   * command's key positions); bulk replies as UTF-8 strings.
   * @throws Error the server's error reply, or the connection's failure (closed, timed out).
   */
  call(command: string, args: readonly RedisArgument[]): Promise<unknown>;
  /**
   * Like {@link CommandSender.call}, with bulk replies as Buffers (binary values kept as bytes).
   * @throws Error as {@link CommandSender.call}.
   */
  callBuffer(command: string, args: readonly RedisArgument[]): Promise<unknown>;
  /**
   * Send `command` with `args` exactly as given: no key prefix applied (core has applied it, from
   * the server's own key specs), bulk replies as UTF-8 strings, or Buffers with `bytes`.
   * @param timeoutMs - this command's timeout instead of the configured `commandTimeoutMs`
   *   (WAIT may block longer than it); the configured one when omitted.
   * @param bytes - bulk and status replies as Buffers (`redis.bytes.call`).
   * @throws Error as {@link CommandSender.call}; a timeout rejects with the engine's timeout error.
   */
  sendRaw(
    command: string,
    args: readonly RedisArgument[],
    timeoutMs?: number,
    bytes?: boolean,
  ): Promise<unknown>;
}
