import type { RedisArgument } from '../models/DriverTopology.js';
import { checkWholeNumber, invalidArgument } from './checks.js';

/**
 * Expiry arguments shared by GETEX, RESTORE, EXPIREAT…: a {@link RedisTtl}-shaped relative TTL and
 * an absolute instant, each checked (a TTL is a positive whole number, an instant a valid Date).
 */

/** `{ seconds }` → `[EX, s]`, `{ milliseconds }` → `[PX, ms]`. */
export function ttlArguments(command: string, name: string, ttl: unknown): [string, number] {
  const given =
    typeof ttl === 'object' && ttl !== null && !Array.isArray(ttl)
      ? (ttl as Record<string, unknown>)
      : undefined;
  const seconds = given?.['seconds'];
  const milliseconds = given?.['milliseconds'];
  if (given === undefined || (seconds === undefined) === (milliseconds === undefined))
    throw invalidArgument(command, name, ttl, '{ seconds } or { milliseconds } (exactly one)');
  return seconds === undefined
    ? ['PX', checkWholeNumber(command, `${name}.milliseconds`, milliseconds, 1)]
    : ['EX', checkWholeNumber(command, `${name}.seconds`, seconds, 1)];
}

/** A valid `Date` → its Unix time in milliseconds. */
export function checkDate(command: string, name: string, value: unknown): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isFinite(time) && time > 0) return time;
  throw invalidArgument(command, name, value, 'a valid Date');
}

/** A `Date` or a whole Unix time (`unit` per second or per millisecond) → the Unix time in that unit. */
export function unixTime(
  command: string,
  name: string,
  value: unknown,
  unit: 'seconds' | 'milliseconds',
): number {
  if (value instanceof Date) {
    const ms = checkDate(command, name, value);
    return unit === 'seconds' ? Math.floor(ms / 1000) : ms;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw invalidArgument(command, name, value, `a Date or a Unix time in ${unit} (a whole number >= 0)`);
}

/** GETEX's `ttl` / `expiresAt` / `persist`, at most one. */
export function getexArguments(options: Record<string, unknown>): RedisArgument[] {
  const { ttl, expiresAt, persist } = options;
  const given = [ttl, expiresAt, persist].filter((value) => value !== undefined).length;
  if (given > 1)
    throw invalidArgument('getex', 'options', options, 'at most one of ttl, expiresAt and persist');
  if (ttl !== undefined) return ttlArguments('getex', 'options.ttl', ttl);
  if (expiresAt !== undefined) return ['PXAT', checkDate('getex', 'options.expiresAt', expiresAt)];
  if (persist !== undefined) {
    if (persist !== true) throw invalidArgument('getex', 'options.persist', persist, 'true');
    return ['PERSIST'];
  }
  return [];
}
