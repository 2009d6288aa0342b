import {
  RedisError,
  type IRedisStreamRecoveryCommands,
  type XAutoClaimOptions,
  type XClaimOptions,
  type XPendingRange,
} from '@org/redis-interface';
import { checkFlag, checkKey, checkOptions, checkString, checkWholeNumber } from '../calculations/checks.js';
import { toTextList } from '../calculations/replies.js';
import { idList } from '../calculations/streamArguments.js';
import {
  toAutoClaim,
  toEntryList,
  toPendingEntries,
  toPendingSummary,
} from '../calculations/streamReplies.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';

/** `[IDLE ms] start end count [consumer]` of the extended XPENDING form. */
function pendingRange(range: XPendingRange): RedisArgument[] {
  const checked = checkOptions('xpending', range, 'range');
  const args: RedisArgument[] = [];
  if (checked.idle !== undefined)
    args.push('IDLE', checkWholeNumber('xpending', 'range.idle', checked.idle, 0));
  args.push(
    checkString('xpending', 'range.start', checked.start === undefined ? '-' : checked.start),
    checkString('xpending', 'range.end', checked.end === undefined ? '+' : checked.end),
    checkWholeNumber('xpending', 'range.count', checked.count, 1),
  );
  if (checked.consumer !== undefined) args.push(checkString('xpending', 'range.consumer', checked.consumer));
  return args;
}

/** XCLAIM's options, after the IDs. */
function claimOptions(options: XClaimOptions | undefined): RedisArgument[] {
  const checked = checkOptions('xclaim', options);
  if (checked.idle !== undefined && checked.time !== undefined)
    throw new RedisError('INVALID_ARGUMENT', 'XCLAIM takes idle or time, not both: pass one of them.');
  const args: RedisArgument[] = [];
  if (checked.idle !== undefined)
    args.push('IDLE', checkWholeNumber('xclaim', 'options.idle', checked.idle, 0));
  if (checked.time !== undefined)
    args.push('TIME', checkWholeNumber('xclaim', 'options.time', checked.time, 0));
  if (checked.retrycount !== undefined)
    args.push('RETRYCOUNT', checkWholeNumber('xclaim', 'options.retrycount', checked.retrycount, 0));
  if (checkFlag('xclaim', 'options.force', checked.force)) args.push('FORCE');
  if (checkFlag('xclaim', 'options.justid', checked.justid)) args.push('JUSTID');
  if (checked.lastid !== undefined)
    args.push('LASTID', checkString('xclaim', 'options.lastid', checked.lastid));
  return args;
}

/** XAUTOCLAIM's options. */
function autoClaimOptions(options: XAutoClaimOptions | undefined): RedisArgument[] {
  const checked = checkOptions('xautoclaim', options);
  return [
    ...(checked.count === undefined
      ? []
      : ['COUNT', checkWholeNumber('xautoclaim', 'options.count', checked.count, 1)]),
    ...(checkFlag('xautoclaim', 'options.justid', checked.justid) ? ['JUSTID'] : []),
  ];
}

/** `key group consumer min-idle-time` of XCLAIM / XAUTOCLAIM. */
const claimHead = (
  command: string,
  [key, group, consumer, minIdleMs]: readonly unknown[],
): RedisArgument[] => [
  checkKey(command, key),
  checkString(command, 'group', group),
  checkString(command, 'consumer', consumer),
  checkWholeNumber(command, 'minIdleMs', minIdleMs, 0),
];

/**
 * XPENDING, XCLAIM, XAUTOCLAIM: one stream each (one slot); queueable. The reply shape follows the
 * call (summary or entries; entries or IDs with JUSTID).
 */
export const streamRecoveryDefinitions = {
  xpending: {
    command: 'xpending',
    readOnly: true,
    build: ([key, group, range]) => [
      checkKey('xpending', key),
      checkString('xpending', 'group', group),
      ...(range === undefined ? [] : pendingRange(range)),
    ],
    keys: 1,
    reply: (reply, [, , range]) => (range === undefined ? toPendingSummary(reply) : toPendingEntries(reply)),
  },
  xclaim: {
    command: 'xclaim',
    build: (args) => {
      const ids = idList('xclaim', args[4]);
      if (ids.length === 0)
        throw new RedisError('INVALID_ARGUMENT', 'XCLAIM needs at least one ID: pass a non-empty list.');
      return [...claimHead('xclaim', args), ...ids, ...claimOptions(args[5])];
    },
    keys: 1,
    reply: (reply, [, , , , , options]) =>
      options?.justid === true ? toTextList(reply as unknown[]) : toEntryList(reply),
  },
  xautoclaim: {
    command: 'xautoclaim',
    build: (args) => [
      ...claimHead('xautoclaim', args),
      checkString('xautoclaim', 'start', args[4]),
      ...autoClaimOptions(args[5]),
    ],
    keys: 1,
    reply: (reply, [, , , , , options]) => toAutoClaim(reply, options?.justid === true),
  },
} satisfies DefinitionsOf<IRedisStreamRecoveryCommands>;
