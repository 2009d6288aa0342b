import type { CommandSender } from '../models/CommandSender.js';
import type { RedisArgument } from '../models/RedisArgument.js';

/**
 * Send `command argv…` on `sender` (the shared client, a node or a dedicated connection), bulk
 * replies as Buffers when `buffer` is set (a definition's `buffer: true`, the bytes view), as UTF-8
 * text otherwise. The one place that picks between the two sends.
 */
export function sendOn(
  sender: CommandSender,
  command: string,
  argv: readonly RedisArgument[],
  buffer: boolean | undefined,
): Promise<unknown> {
  return buffer === true ? sender.callBuffer(command, argv) : sender.call(command, argv);
}
