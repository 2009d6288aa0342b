import { describe, expect, it } from 'vitest';
import {
  checkArguments,
  checkChoice,
  checkFlag,
  checkKey,
  checkKeyArray,
  checkKeys,
  checkOptions,
  checkWholeNumber,
} from './checks.js';

const invalid: unknown = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe(checkKey, () => {
  describe.each([
    ['undefined', undefined],
    ['null', null],
    ['an object', {}],
    ['a Symbol', Symbol('k')],
    ['a number', 1],
    ['a BigInt', 1n],
  ])('having %s', (_name, key) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkKey('get', key)).toThrow(invalid);
    });
  });

  describe('having a Buffer', () => {
    it('should pass it through', () => {
      const key = Buffer.from('k');
      expect(checkKey('get', key)).toBe(key);
    });
  });

  describe('having an undefined key', () => {
    it('should name the command and the argument and say what to pass', () => {
      expect(() => checkKey('set', undefined)).toThrow('SET key got undefined: pass a string or a Buffer.');
    });
  });
});

describe(checkKeys, () => {
  describe('having one key', () => {
    it('should return a list of it', () => {
      expect(checkKeys('del', 'a')).toStrictEqual(['a']);
    });
  });

  describe('having an object inside the list', () => {
    it('should name its position', () => {
      expect(() => checkKeys('del', ['zz', {}])).toThrow('DEL keys[1] got an object');
    });
  });

  describe.each([
    ['1.5', 1.5],
    ['null', null],
  ])('having %s instead of keys', (_name, keys) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkKeys('exists', keys)).toThrow(invalid);
    });
  });
});

describe(checkKeyArray, () => {
  describe('having a string instead of a list', () => {
    it('should throw INVALID_ARGUMENT (a string is not spread into characters)', () => {
      expect(() => checkKeyArray('mget', 'str')).toThrow(invalid);
    });
  });
});

describe(checkOptions, () => {
  describe.each([
    ['null', null],
    ['an array', []],
    ['a string', 'NX'],
  ])('having %s', (_name, options) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkOptions('zadd', options as object)).toThrow(invalid);
    });
  });

  describe('having undefined', () => {
    it('should return no options', () => {
      expect(checkOptions('zadd', undefined)).toStrictEqual({});
    });
  });
});

describe(checkWholeNumber, () => {
  describe.each([
    ['a BigInt', 3n],
    ['NaN', Number.NaN],
    ['a fraction', 1.5],
    ['a number below the minimum', -1],
    ['text', '3'],
  ])('having %s', (_name, value) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkWholeNumber('xtrim', 'maxLen', value, 0)).toThrow(invalid);
    });
  });
});

describe(checkChoice, () => {
  describe('having an unknown value', () => {
    it('should list the allowed ones', () => {
      expect(() => checkChoice('lmove', 'from', 'UP', ['LEFT', 'RIGHT'])).toThrow('pass LEFT or RIGHT');
    });
  });
});

describe(checkFlag, () => {
  describe('having text', () => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(() => checkFlag('zrange', 'options.rev', 'yes')).toThrow(invalid);
    });
  });
});

describe(checkArguments, () => {
  describe('having a number where a key is expected', () => {
    it('should throw INVALID_ARGUMENT naming the key', () => {
      expect(() => checkArguments('get', [1], 1)).toThrow('GET key got 1');
    });
  });

  describe('having NaN after the keys', () => {
    it('should throw INVALID_ARGUMENT naming its position', () => {
      expect(() => checkArguments('set', ['k', Number.NaN], 1)).toThrow('SET argument 2 got NaN');
    });
  });

  describe('having strings, Buffers and finite numbers', () => {
    it('should accept them', () => {
      expect(() => {
        checkArguments('set', ['k', Buffer.from('v'), 1.5], 1);
      }).not.toThrow();
    });
  });
});
