import {
  RedisError,
  type StreamOffset,
  type StreamTrimOptions,
  type XReadGroupOptions,
} from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';

/** `MAXLEN [~] n` or `MINID [~] id`. */
export function trimArguments(command: string, trim: StreamTrimOptions): RedisArgument[] {
  const approximate = trim.approximate === true ? ['~'] : [];
  if (trim.maxLen !== undefined) {
    if (!Number.isSafeInteger(trim.maxLen) || trim.maxLen < 0) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `${command} maxLen must be a whole number >= 0, got ${String(trim.maxLen)}.`,
      );
    }
    return ['MAXLEN', ...approximate, trim.maxLen];
  }
  return ['MINID', ...approximate, trim.minId];
}

/** `[COUNT n] [BLOCK ms] [NOACK] STREAMS k1 k2 id1 id2`. */
export function streamReadArguments(
  command: string,
  streams: readonly StreamOffset[],
  options: XReadGroupOptions = {},
): RedisArgument[] {
  if (streams.length === 0) throw new RedisError('INVALID_ARGUMENT', `${command} needs at least one stream.`);
  const args: RedisArgument[] = [];
  if (options.count !== undefined) args.push('COUNT', options.count);
  if (options.block !== undefined) args.push('BLOCK', options.block);
  if (options.noack === true) args.push('NOACK');
  return [...args, 'STREAMS', ...streams.map((stream) => stream.key), ...streams.map((stream) => stream.id)];
}
