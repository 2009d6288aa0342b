import { isDeepStrictEqual } from 'node:util';

/**
 * Reads a shadow comparison skips: their answer differs between two correct copies (random picks,
 * remaining TTLs, idle times, encodings, server figures, payload formats, pub/sub state of each
 * deployment), so comparing them would only report noise.
 */
const incomparable: ReadonlySet<string> = new Set([
  'srandmember',
  'hrandfield',
  'zrandmember',
  'zrandmemberWithScores',
  'randomkey',
  'ttl',
  'pttl',
  'expiretime',
  'pexpiretime',
  'objectEncoding',
  'objectFreq',
  'objectIdletime',
  'objectRefcount',
  'xinfoStream',
  'xinfoStreamFull',
  'xinfoGroups',
  'xinfoConsumers',
  'xpending',
  'dump',
  'info',
  'dbsize',
  'keys',
  'functionList',
  'functionStats',
  'functionDump',
  'pubsubChannels',
  'pubsubNumsub',
  'pubsubNumpat',
  'pubsubShardchannels',
  'pubsubShardnumsub',
]);

/** Reads whose arrays come in no defined order (sets, hash fields and values). */
const unordered: ReadonlySet<string> = new Set(['smembers', 'sinter', 'sunion', 'sdiff', 'hkeys', 'hvals']);

/** Whether a read of `member` with `args` is compared in the `shadow` phase (never a blocking XREAD). */
export function isShadowComparable(member: string, args: readonly unknown[]): boolean {
  if (member === 'xread') return (args[1] as { block?: unknown } | undefined)?.block === undefined;
  return !incomparable.has(member);
}

function sorted(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return [...(value as unknown[])].sort((a, b) => String(a).localeCompare(String(b)));
}

/** Whether the target's answer to a read of `member` is the source's (in any order for set-like replies). */
export function sameAnswer(member: string, source: unknown, target: unknown): boolean {
  if (unordered.has(member)) return isDeepStrictEqual(sorted(source), sorted(target));
  return isDeepStrictEqual(source, target);
}
