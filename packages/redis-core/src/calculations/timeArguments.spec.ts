import { describe, expect, it } from 'vitest';
import { getexArguments, ttlArguments, unixTime } from './timeArguments.js';

const invalid: unknown = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe(getexArguments, () => {
  it.each([
    ['a ttl in seconds', { ttl: { seconds: 5 } }, ['EX', 5]],
    ['a ttl in milliseconds', { ttl: { milliseconds: 5 } }, ['PX', 5]],
    ['expiresAt', { expiresAt: new Date(1000) }, ['PXAT', 1000]],
    ['persist', { persist: true }, ['PERSIST']],
    ['nothing', {}, []],
  ])('should turn %s into its arguments', (_name, options, expected) => {
    expect(getexArguments(options)).toEqual(expected);
  });

  it.each([
    ['two expiry options', { ttl: { seconds: 1 }, persist: true }],
    ['persist false', { persist: false }],
    ['a ttl with both units', { ttl: { seconds: 1, milliseconds: 1 } }],
    ['an invalid Date', { expiresAt: new Date(Number.NaN) }],
  ])('should throw INVALID_ARGUMENT for %s', (_name, options) => {
    expect(() => getexArguments(options)).toThrow(invalid);
  });
});

describe(ttlArguments, () => {
  it('should refuse a TTL of 0', () => {
    expect(() => ttlArguments('getex', 'ttl', { seconds: 0 })).toThrow(invalid);
  });
});

describe(unixTime, () => {
  it('should turn a Date into whole seconds', () => {
    expect(unixTime('expireat', 'at', new Date(12_345), 'seconds')).toBe(12);
  });

  it('should refuse a fractional time', () => {
    expect(() => unixTime('pexpireat', 'at', 1.5, 'milliseconds')).toThrow(invalid);
  });
});
