import { describe, expect, it } from 'vitest';
import { bitfieldArguments } from './bitfieldArguments.js';

const invalid: unknown = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe(bitfieldArguments, () => {
  it('should write every operation in order', () => {
    expect(
      bitfieldArguments('bitfield', [
        { kind: 'overflow', behavior: 'SAT' },
        { kind: 'set', encoding: 'u8', offset: '#1', value: 3 },
        { kind: 'incrby', encoding: 'i64', offset: 0, increment: -1 },
        { kind: 'get', encoding: 'u63', offset: 8 },
      ]),
    ).toEqual(['OVERFLOW', 'SAT', 'SET', 'u8', '#1', 3, 'INCRBY', 'i64', 0, -1, 'GET', 'u63', 8]);
  });

  it.each([
    ['u64', { kind: 'get', encoding: 'u64', offset: 0 }],
    ['i65', { kind: 'get', encoding: 'i65', offset: 0 }],
    ['u0', { kind: 'get', encoding: 'u0', offset: 0 }],
    ['a negative offset', { kind: 'get', encoding: 'u8', offset: -1 }],
    ['an unknown kind', { kind: 'del', encoding: 'u8', offset: 0 }],
    ['a fractional value', { kind: 'set', encoding: 'u8', offset: 0, value: 1.5 }],
  ])('should throw INVALID_ARGUMENT for %s', (_name, operation) => {
    expect(() => bitfieldArguments('bitfield', [operation])).toThrow(invalid);
  });

  it('should refuse SET in bitfieldRo', () => {
    expect(() =>
      bitfieldArguments('bitfieldRo', [{ kind: 'set', encoding: 'u8', offset: 0, value: 1 }]),
    ).toThrow(invalid);
  });

  it('should refuse no operation', () => {
    expect(() => bitfieldArguments('bitfield', [])).toThrow(invalid);
  });
});
