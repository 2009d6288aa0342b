import type { ScanOptions } from '@org/redis-interface';
import { invalidArgument } from './checks.js';
import { scanArguments, type ScanArguments } from './scanArguments.js';

/** The largest cursor Redis hands out: SCAN cursors are unsigned 64-bit integers. */
const maxCursor = 2n ** 64n - 1n;
/** `host:port`, as `scanNodes()` gives it (an IPv6 host has colons of its own). */
const nodePattern = /^\S+:\d{1,5}$/;

/** What one `scanPage` call sends, checked. */
export interface ScanPageArguments {
  readonly node: string;
  readonly cursor: string;
  readonly scan: ScanArguments;
}

/**
 * The arguments of `scanPage` checked, before the node is looked up and anything sent. A cursor is a
 * decimal string: a number would lose digits past 2^53, and Redis refuses anything else
 * (`ERR invalid cursor`), so that is caught here rather than by a round trip.
 * @throws RedisError `INVALID_ARGUMENT` for a node that is not a `host:port` string, a cursor that
 *   is not a string of decimal digits up to 2^64 - 1, or bad options (see `scanArguments`).
 */
export function scanPageArguments(
  node: unknown,
  cursor: unknown,
  options: ScanOptions | undefined,
  keyPrefix: string,
): ScanPageArguments {
  if (typeof node !== 'string' || !nodePattern.test(node))
    throw invalidArgument('scan', 'node', node, 'a host:port string from scanNodes()');
  if (typeof cursor !== 'string' || !/^\d{1,20}$/.test(cursor) || BigInt(cursor) > maxCursor)
    throw invalidArgument(
      'scan',
      'cursor',
      cursor,
      "a string of decimal digits: '0' to start, then the cursor of the node's previous page",
    );
  return { node, cursor, scan: scanArguments(options, keyPrefix) };
}
