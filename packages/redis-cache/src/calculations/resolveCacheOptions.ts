import { RedisCacheError } from '../models/RedisCacheError.js';
import type { RedisCacheOptions } from '../models/RedisCacheOptions.js';
import type { ResolvedCacheOptions } from '../models/ResolvedCacheOptions.js';
import { jsonCacheSerializer } from './jsonCacheSerializer.js';
import { resolveDuration } from './resolveDuration.js';

const NAME = /^[A-Za-z0-9_-]{1,64}$/u;

function duration(value: unknown, name: string, min: number): number | undefined {
  return resolveDuration(value, `RedisCacheOptions.${name}`, min, 'INVALID_OPTIONS');
}

function count(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw new RedisCacheError(
      'INVALID_OPTIONS',
      `RedisCacheOptions.${name} must be a positive integer, got ${typeof value === 'number' ? String(value) : typeof value}.`,
    );
  return value;
}

function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new RedisCacheError(
      'INVALID_OPTIONS',
      `RedisCacheOptions.${name} must be true or false, got ${typeof value}.`,
    );
  return value;
}

// Options come from JavaScript callers and configuration too: checked as unknown values.
function group(value: unknown, name: string): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new RedisCacheError('INVALID_OPTIONS', `RedisCacheOptions.${name} must be an object.`);
  return value as Readonly<Record<string, unknown>>;
}

function serializerOf(value: unknown): ResolvedCacheOptions['serializer'] {
  if (value === undefined) return jsonCacheSerializer;
  const candidate = group(value, 'serializer');
  if (typeof candidate['serialize'] !== 'function' || typeof candidate['deserialize'] !== 'function')
    throw new RedisCacheError(
      'INVALID_OPTIONS',
      'RedisCacheOptions.serializer must have serialize(value) and deserialize(text) functions.',
    );
  return value as ResolvedCacheOptions['serializer'];
}

/**
 * Checks the options of a cache and fills in the defaults.
 * @param options - as given to the constructor.
 * @throws {@link RedisCacheError} `INVALID_OPTIONS` naming the option and what it accepts.
 */
export function resolveCacheOptions(input: RedisCacheOptions): ResolvedCacheOptions {
  const given: unknown = input;
  if (typeof given !== 'object' || given === null)
    throw new RedisCacheError(
      'INVALID_OPTIONS',
      'RedisCache needs options with at least a name: { name: "app" }.',
    );
  const options = given as Readonly<Record<string, unknown>>;
  const name = options['name'];
  if (typeof name !== 'string' || !NAME.test(name))
    throw new RedisCacheError(
      'INVALID_OPTIONS',
      `RedisCacheOptions.name must be 1 to 64 letters, digits, "_" or "-", got ${typeof name === 'string' ? JSON.stringify(name) : typeof name}.`,
    );
  const softTimeoutMs = duration(options['softTimeoutMs'], 'softTimeoutMs', 0);
  const hardTimeoutMs = duration(options['hardTimeoutMs'], 'hardTimeoutMs', 1);
  const l1 = group(options['l1'], 'l1');
  const bus = group(options['bus'], 'bus');
  const lock = group(options['lock'], 'lock');
  const breaker = group(options['breaker'], 'breaker');
  const leaseMs = duration(lock['leaseMs'], 'lock.leaseMs', 1) ?? 10_000;
  return {
    name,
    prefix: `cache:${name}`,
    ttlMs: duration(options['ttlMs'], 'ttlMs', 1) ?? 300_000,
    graceMs: duration(options['graceMs'], 'graceMs', 0) ?? 0,
    softTimeoutMs,
    hardTimeoutMs,
    throwOnL2Error: flag(options['throwOnL2Error'], 'throwOnL2Error', false),
    l1: {
      enabled: flag(l1['enabled'], 'l1.enabled', true),
      maxEntries: count(l1['maxEntries'], 'l1.maxEntries', 10_000),
      maxBytes: count(l1['maxBytes'], 'l1.maxBytes', 64 * 1024 * 1024),
    },
    bus: {
      enabled: flag(bus['enabled'], 'bus.enabled', true),
      heartbeatMs: duration(bus['heartbeatMs'], 'bus.heartbeatMs', 10) ?? 500,
    },
    lock: {
      enabled: flag(lock['enabled'], 'lock.enabled', true),
      leaseMs,
      waitMs: duration(lock['waitMs'], 'lock.waitMs', 0) ?? leaseMs,
    },
    breaker: {
      failureThreshold: count(breaker['failureThreshold'], 'breaker.failureThreshold', 3),
      openMs: duration(breaker['openMs'], 'breaker.openMs', 1) ?? 2_000,
    },
    serializer: serializerOf(options['serializer']),
  };
}
