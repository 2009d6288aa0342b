import { describe, expect, it } from 'vitest';
import { isShadowComparable, sameAnswer } from './shadowComparison.js';

describe(isShadowComparable, () => {
  it('should skip answers that differ between two correct copies, and blocking XREAD', () => {
    expect(
      ['get', 'hgetall', 'zrange', 'xread'].map((member) => isShadowComparable(member, [])),
    ).toStrictEqual([true, true, true, true]);
    expect(
      ['srandmember', 'ttl', 'objectIdletime', 'info', 'dump'].some((member) =>
        isShadowComparable(member, []),
      ),
    ).toBe(false);
    expect(isShadowComparable('xread', [[], { block: 10 }])).toBe(false);
  });
});

describe(sameAnswer, () => {
  it('should compare exactly, Buffers and objects included', () => {
    expect(sameAnswer('get', 'a', 'a')).toBe(true);
    expect(sameAnswer('get', 'a', null)).toBe(false);
    expect(sameAnswer('getBuffer', Buffer.from('x'), Buffer.from('x'))).toBe(true);
    expect(sameAnswer('hgetall', { a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameAnswer('lrange', ['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('should compare set-like replies in any order', () => {
    expect(sameAnswer('smembers', ['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameAnswer('smembers', ['a', 'b'], ['a', 'c'])).toBe(false);
  });
});
