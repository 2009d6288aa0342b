import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from './json.js';

describe(encodeJson, () => {
  describe.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a BigInt', 1n],
  ])('having %s', (_name, value) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => encodeJson('setJson', value)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });

  describe('having a cycle', () => {
    it('should throw INVALID_ARGUMENT', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic['self'] = cyclic;
      expect(() => encodeJson('setJson', cyclic)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });
});

describe(decodeJson, () => {
  describe('having text that is not JSON', () => {
    it('should throw INVALID_JSON naming the key', () => {
      expect(() => decodeJson('k', 'not json')).toThrow(
        expect.objectContaining({ code: 'INVALID_JSON', message: expect.stringContaining('"k"') as unknown }),
      );
    });
  });

  describe('having a parse function', () => {
    it('should return what it returns', () => {
      expect(decodeJson('k', '{"n":1}', (value) => (value as { n: number }).n + 1)).toBe(2);
    });
  });
});
