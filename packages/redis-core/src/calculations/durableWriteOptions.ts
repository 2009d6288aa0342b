import { RedisError, type DurableWriteOptions } from '@org/redis-interface';

/** The options of `writeDurably()` once checked. */
export interface CheckedDurableWriteOptions {
  readonly replicas: number;
  readonly timeoutMs: number;
  readonly aof: boolean;
}

/** A value as the message shows it: `'1'` for a string, so that it does not read like the number. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function invalid(message: string): RedisError {
  return new RedisError('INVALID_ARGUMENT', `writeDurably ${message}`);
}

/**
 * Check `writeDurably()`'s options before anything is sent. `timeoutMs` must be > 0: WAIT reads 0 as
 * "block forever", which would hold a pooled connection without limit.
 * @throws RedisError `INVALID_ARGUMENT` naming the option and what would be valid.
 */
export function checkDurableWriteOptions(options: DurableWriteOptions): CheckedDurableWriteOptions {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw invalid(`options must be an object such as { replicas: 1, timeoutMs: 500 }, got ${shown(given)}.`);
  const { replicas, timeoutMs, aof } = options as Partial<Record<keyof DurableWriteOptions, unknown>>;
  if (typeof replicas !== 'number' || !Number.isSafeInteger(replicas) || replicas < 0)
    throw invalid(`replicas must be a whole number >= 0, got ${shown(replicas)}.`);
  if (typeof timeoutMs !== 'number' || !Number.isSafeInteger(timeoutMs) || timeoutMs <= 0)
    throw invalid(`timeoutMs must be a whole number of milliseconds > 0, got ${shown(timeoutMs)}.`);
  if (aof !== undefined && typeof aof !== 'boolean')
    throw invalid(`aof must be true or false, got ${shown(aof)}.`);
  return { replicas, timeoutMs, aof: aof === true };
}
