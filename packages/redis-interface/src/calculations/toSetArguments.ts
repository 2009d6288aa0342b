import type { SetOptions } from '../models/commands/SetOptions.js';
import { RedisError } from '../models/errors/RedisError.js';

function invalid(problem: string): RedisError<'INVALID_ARGUMENT'> {
  return new RedisError('INVALID_ARGUMENT', `Invalid set options: ${problem}.`);
}

function positiveInteger(value: unknown, unit: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(`ttl.${unit} must be a positive whole number, got ${String(value)}`);
  }
  return value;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function expiryArguments(options: SetOptions): (string | number)[] {
  const given = [options.ttl, options.expiresAt, options.keepTtl].filter((value) => value !== undefined);
  if (given.length > 1) throw invalid('give at most one of ttl, expiresAt and keepTtl');
  if (options.ttl !== undefined) {
    if (!isPlainObject(options.ttl)) throw invalid('ttl must be { seconds } or { milliseconds }');
    const { seconds, milliseconds } = options.ttl;
    if ((seconds === undefined) === (milliseconds === undefined)) {
      throw invalid('ttl needs exactly one of seconds and milliseconds');
    }
    return seconds === undefined
      ? ['PX', positiveInteger(milliseconds, 'milliseconds')]
      : ['EX', positiveInteger(seconds, 'seconds')];
  }
  if (options.expiresAt !== undefined) {
    const time = options.expiresAt instanceof Date ? options.expiresAt.getTime() : Number.NaN;
    if (!Number.isFinite(time) || time <= 0) throw invalid('expiresAt must be a valid Date');
    return ['PXAT', time];
  }
  const keepTtl: unknown = options.keepTtl;
  if (keepTtl !== undefined) {
    if (keepTtl !== true) throw invalid('keepTtl can only be true');
    return ['KEEPTTL'];
  }
  return [];
}

/**
 * Turns {@link SetOptions} into the SET arguments that follow the value, checking what the types cannot
 * (for JavaScript callers and computed values): `{ ttl: { seconds: 10 }, condition: 'NX', get: true }`
 * gives `['EX', 10, 'NX', 'GET']`.
 *
 * @param options - the options of `set`/`setJson`.
 * @returns the arguments, in the order Redis documents them; `[]` without options.
 * @throws {@link RedisError} `INVALID_ARGUMENT` for options that are not an object, a TTL that is not a
 * positive integer, an invalid date, several expiry options together, an unknown condition, or a `get`
 * that is not a boolean.
 */
export function toSetArguments(options?: SetOptions): (string | number)[] {
  if (options === undefined) return [];
  if (!isPlainObject(options)) throw invalid('pass an options object or nothing');
  const args = expiryArguments(options);
  const condition: unknown = options.condition;
  if (condition !== undefined) {
    if (condition !== 'NX' && condition !== 'XX')
      throw invalid(
        `condition must be NX or XX, got ${typeof condition === 'string' ? condition : typeof condition}`,
      );
    args.push(condition);
  }
  const get: unknown = options.get;
  if (get !== undefined && typeof get !== 'boolean') throw invalid('get must be true or false');
  if (get === true) args.push('GET');
  return args;
}
