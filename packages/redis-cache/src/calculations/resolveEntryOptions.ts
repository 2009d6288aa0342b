import type { CacheGetOrSetOptions } from '../models/CacheEntryOptions.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { ResolvedCacheOptions } from '../models/ResolvedCacheOptions.js';
import { resolveDuration } from './resolveDuration.js';
import { validateCacheKeys } from './validateCacheKey.js';

/** The options of one call, checked, with the cache's defaults filled in. */
export interface ResolvedEntryOptions {
  readonly ttlMs: number;
  readonly graceMs: number;
  readonly tags: readonly string[];
  readonly softTimeoutMs: number | undefined;
  readonly hardTimeoutMs: number | undefined;
  readonly forceFresh: boolean;
  readonly throwOnL2Error: boolean;
}

const KNOWN = new Set([
  'ttlMs',
  'graceMs',
  'tags',
  'softTimeoutMs',
  'hardTimeoutMs',
  'forceFresh',
  'throwOnL2Error',
]);
const NO_TAGS: readonly string[] = [];

function duration(value: unknown, name: string, min: number): number | undefined {
  return resolveDuration(value, name, min, 'INVALID_ENTRY_OPTIONS');
}

function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new RedisCacheError('INVALID_ENTRY_OPTIONS', `${name} must be true or false, got ${typeof value}.`);
  return value;
}

/**
 * Checks the options of a `getOrSet` or `set` call; an unknown option is refused (a typo would otherwise be
 * ignored silently).
 * @param options - as given (may be undefined).
 * @param defaults - the cache's resolved options.
 * @throws {@link RedisCacheError} `INVALID_ENTRY_OPTIONS`, or `INVALID_KEY` for a bad tag.
 */
export function resolveEntryOptions(
  options: CacheGetOrSetOptions | undefined,
  defaults: ResolvedCacheOptions,
): ResolvedEntryOptions {
  if (options === undefined)
    return {
      ttlMs: defaults.ttlMs,
      graceMs: defaults.graceMs,
      tags: NO_TAGS,
      softTimeoutMs: defaults.softTimeoutMs,
      hardTimeoutMs: defaults.hardTimeoutMs,
      forceFresh: false,
      throwOnL2Error: defaults.throwOnL2Error,
    };
  if (typeof (options as unknown) !== 'object' || (options as unknown) === null)
    throw new RedisCacheError(
      'INVALID_ENTRY_OPTIONS',
      `Cache call options must be an object, got ${typeof options}.`,
    );
  for (const key of Object.keys(options))
    if (!KNOWN.has(key))
      throw new RedisCacheError(
        'INVALID_ENTRY_OPTIONS',
        `Unknown cache option "${key}": use one of ${[...KNOWN].join(', ')}.`,
      );
  const softTimeoutMs = duration(options.softTimeoutMs, 'softTimeoutMs', 0) ?? defaults.softTimeoutMs;
  const hardTimeoutMs = duration(options.hardTimeoutMs, 'hardTimeoutMs', 1) ?? defaults.hardTimeoutMs;
  if (softTimeoutMs !== undefined && hardTimeoutMs !== undefined && softTimeoutMs >= hardTimeoutMs)
    throw new RedisCacheError(
      'INVALID_ENTRY_OPTIONS',
      `softTimeoutMs (${softTimeoutMs}) must be shorter than hardTimeoutMs (${hardTimeoutMs}).`,
    );
  return {
    ttlMs: duration(options.ttlMs, 'ttlMs', 1) ?? defaults.ttlMs,
    graceMs: duration(options.graceMs, 'graceMs', 0) ?? defaults.graceMs,
    tags: options.tags === undefined ? NO_TAGS : [...new Set(validateCacheKeys(options.tags, 'tag'))],
    softTimeoutMs,
    hardTimeoutMs,
    forceFresh: flag(options.forceFresh, 'forceFresh', false),
    throwOnL2Error: flag(options.throwOnL2Error, 'throwOnL2Error', defaults.throwOnL2Error),
  };
}
