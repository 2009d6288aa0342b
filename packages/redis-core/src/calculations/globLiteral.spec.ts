import { describe, expect, it } from 'vitest';
import { globLiteral } from './globLiteral.js';

describe('globLiteral', () => {
  it('leaves plain text as it is', () => {
    expect(globLiteral('app:users:')).toBe('app:users:');
  });

  it('escapes every glob special character', () => {
    expect(globLiteral('a*b?c[d]e\\f')).toBe('a\\*b\\?c\\[d\\]e\\\\f');
  });
});
