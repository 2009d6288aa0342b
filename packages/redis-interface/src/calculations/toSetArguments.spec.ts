import { describe, expect, it } from 'vitest';
import type { SetOptions } from '../models/commands/SetOptions.js';
import { RedisError } from '../models/errors/RedisError.js';
import { toSetArguments } from './toSetArguments.js';

describe(toSetArguments, () => {
  describe.each<[string, SetOptions | undefined, (string | number)[]]>([
    ['no options', undefined, []],
    ['empty options', {}, []],
    ['a TTL in seconds', { ttl: { seconds: 10 } }, ['EX', 10]],
    ['a TTL in milliseconds', { ttl: { milliseconds: 1500 } }, ['PX', 1500]],
    ['an expiry date', { expiresAt: new Date(1_700_000_000_000) }, ['PXAT', 1_700_000_000_000]],
    ['keepTtl', { keepTtl: true }, ['KEEPTTL']],
    ['every option', { ttl: { seconds: 5 }, condition: 'NX', get: true }, ['EX', 5, 'NX', 'GET']],
    ['XX without get', { condition: 'XX', get: false }, ['XX']],
  ])('having %s', (_name, options, expected) => {
    it('should return the SET arguments', () => {
      expect(toSetArguments(options)).toStrictEqual(expected);
    });
  });

  describe.each<[string, unknown, string]>([
    [
      'a zero TTL',
      { ttl: { seconds: 0 } },
      'Invalid set options: ttl.seconds must be a positive whole number, got 0.',
    ],
    [
      'a fractional TTL',
      { ttl: { milliseconds: 1.5 } },
      'Invalid set options: ttl.milliseconds must be a positive whole number, got 1.5.',
    ],
    [
      'seconds and milliseconds',
      { ttl: { seconds: 1, milliseconds: 1 } },
      'Invalid set options: ttl needs exactly one of seconds and milliseconds.',
    ],
    [
      'ttl and keepTtl',
      { ttl: { seconds: 1 }, keepTtl: true },
      'Invalid set options: give at most one of ttl, expiresAt and keepTtl.',
    ],
    [
      'an invalid date',
      { expiresAt: new Date(Number.NaN) },
      'Invalid set options: expiresAt must be a valid Date.',
    ],
    ['keepTtl false', { keepTtl: false }, 'Invalid set options: keepTtl can only be true.'],
    ['an unknown condition', { condition: 'GT' }, 'Invalid set options: condition must be NX or XX, got GT.'],
    ['null options', null, 'Invalid set options: pass an options object or nothing.'],
    ['a null ttl', { ttl: null }, 'Invalid set options: ttl must be { seconds } or { milliseconds }.'],
    ['a get that is not a boolean', { get: 'yes' }, 'Invalid set options: get must be true or false.'],
    [
      'a BigInt TTL',
      { ttl: { seconds: 10n } },
      'Invalid set options: ttl.seconds must be a positive whole number, got 10.',
    ],
  ])('having %s', (_name, options, message) => {
    it('should throw INVALID_ARGUMENT saying what is wrong', () => {
      let thrown: unknown;
      try {
        toSetArguments(options as SetOptions);
      } catch (error) {
        thrown = error;
      }
      expect([RedisError.is(thrown, 'INVALID_ARGUMENT'), (thrown as Error).message]).toStrictEqual([
        true,
        message,
      ]);
    });
  });
});
