import {
  RedisError,
  type RedisEntries,
  type RedisKeyInput,
  type StreamOffset,
  type StreamTrimOptions,
  type XAddOptions,
  type XReadGroupOptions,
  type XReadOptions,
} from '@org/redis-interface';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { entryList, flatEntries } from './arguments.js';
import {
  checkFlag,
  checkKey,
  checkOptions,
  checkString,
  checkWholeNumber,
  invalidArgument,
} from './checks.js';

/** `MAXLEN [~] n` or `MINID [~] id`: exactly one of them. */
export function trimArguments(command: string, trim: StreamTrimOptions, name = 'trim'): RedisArgument[] {
  if ((trim as unknown) === undefined) throw invalidArgument(command, name, trim, '{ maxLen } or { minId }');
  const checked = checkOptions(command, trim, name);
  const approximate = checkFlag(command, `${name}.approximate`, checked.approximate) ? ['~'] : [];
  if ((checked.maxLen === undefined) === (checked.minId === undefined))
    throw new RedisError('INVALID_ARGUMENT', `${command} ${name} needs exactly one of maxLen and minId.`);
  if (checked.maxLen !== undefined)
    return ['MAXLEN', ...approximate, checkWholeNumber(command, `${name}.maxLen`, checked.maxLen, 0)];
  return ['MINID', ...approximate, checkString(command, `${name}.minId`, checked.minId)];
}

/** `key [NOMKSTREAM] [trim] id field value…` of XADD (shared with the pipeline form). */
export function xaddArguments(
  key: unknown,
  fields: RedisEntries,
  options: XAddOptions | undefined,
): RedisArgument[] {
  const checked = checkOptions('xadd', options);
  const args: RedisArgument[] = [checkKey('xadd', key)];
  if (checkFlag('xadd', 'options.nomkstream', checked.nomkstream)) args.push('NOMKSTREAM');
  if (checked.trim !== undefined) args.push(...trimArguments('XADD', checked.trim, 'options.trim'));
  args.push(checked.id === undefined ? '*' : checkString('xadd', 'options.id', checked.id));
  return [...args, ...flatEntries(entryList('xadd', fields, 'field'))];
}

/** The keys of `streams`, each checked (and the list itself). */
export function streamKeys(command: string, streams: readonly StreamOffset<RedisKeyInput>[]): RedisKey[] {
  if (!Array.isArray(streams)) throw invalidArgument(command, 'streams', streams, 'an array of { key, id }');
  if (streams.length === 0) throw new RedisError('INVALID_ARGUMENT', `${command} needs at least one stream.`);
  return streams.map((stream: unknown, index) => {
    if (stream === undefined) throw invalidArgument(command, `streams[${index}]`, stream, '{ key, id }');
    return checkKey(
      command,
      checkOptions(command, stream as StreamOffset<RedisKeyInput>, `streams[${index}]`).key,
      `streams[${index}].key`,
    );
  });
}

/** `[COUNT n] [BLOCK ms] [NOACK] STREAMS k1 k2 id1 id2`. */
export function streamReadArguments(
  command: string,
  streams: readonly StreamOffset<RedisKeyInput>[],
  options: XReadGroupOptions = {},
): RedisArgument[] {
  const keys = streamKeys(command, streams);
  const checked = checkOptions(command, options);
  const args: RedisArgument[] = [];
  if (checked.count !== undefined)
    args.push('COUNT', checkWholeNumber(command, 'options.count', checked.count, 1));
  if (checked.block !== undefined)
    args.push('BLOCK', checkWholeNumber(command, 'options.block', checked.block, 0));
  if (checkFlag(command, 'options.noack', checked.noack)) args.push('NOACK');
  const ids = streams.map((stream, index) => checkString(command, `streams[${index}].id`, stream.id));
  return [...args, 'STREAMS', ...keys, ...ids];
}

/**
 * The key positions of XREAD (`from` 0) / XREADGROUP (`from` 3, after `GROUP g c`): the first
 * half of what follows `STREAMS` (COUNT/BLOCK values are numbers, so never taken for the token).
 */
export const streamsKeys =
  (from: number) =>
  (argv: readonly RedisArgument[]): number[] => {
    const token = argv.indexOf('STREAMS', from);
    if (token < 0) return [];
    const count = (argv.length - token - 1) / 2;
    return Array.from({ length: count }, (_, index) => token + 1 + index);
  };

/** One ID or a list of IDs → a checked list (may be empty). */
export function idList(command: string, ids: unknown, name = 'ids'): string[] {
  if (typeof ids === 'string') return [ids];
  if (!Array.isArray(ids)) throw invalidArgument(command, name, ids, 'an ID or an array of IDs');
  return ids.map((id: unknown, index) => checkString(command, `${name}[${index}]`, id));
}

/** BLOCK as a deadline extension: `0` waits forever; no BLOCK: the read does not block at all. */
export function blockOf(options: XReadOptions | undefined): number | undefined {
  const block = (options as XReadOptions | null | undefined)?.block;
  if (block === undefined) return undefined;
  return block === 0 ? Number.POSITIVE_INFINITY : block;
}
