import { describe, expect, it } from 'vitest';
import { replayStep } from './replayStep.js';

describe(replayStep, () => {
  it('should replay a plain write as called', () => {
    expect(replayStep('incr', ['n'], 3)).toStrictEqual({ member: 'incr', args: ['n'] });
  });

  it('should replay SPOP as SREM of what it returned, and nothing when it found nothing', () => {
    expect(replayStep('spop', ['s'], 'a')).toStrictEqual({ member: 'srem', args: ['s', 'a'] });
    expect(replayStep('spop', ['s', 2], ['a', 'b'])).toStrictEqual({
      member: 'srem',
      args: ['s', ['a', 'b']],
    });
    expect([replayStep('spop', ['s'], null), replayStep('spop', ['s', 2], [])]).toStrictEqual([
      undefined,
      undefined,
    ]);
  });

  it('should replay blocking pops as the non-blocking pop on the key that answered', () => {
    expect(replayStep('blpop', [['a', 'b'], 1], ['b', 'x'])).toStrictEqual({ member: 'lpop', args: ['b'] });
    expect(replayStep('brpop', [['a'], 1], ['a', 'x'])).toStrictEqual({ member: 'rpop', args: ['a'] });
    expect(replayStep('blmove', ['a', 'b', 'left', 'right', 1], 'x')).toStrictEqual({
      member: 'lmove',
      args: ['a', 'b', 'left', 'right'],
    });
    expect(
      replayStep('blmpop', [['a', 'b'], 'left', 1, 5], { key: 'b', elements: ['x', 'y'] }),
    ).toStrictEqual({
      member: 'lmpop',
      args: [['b'], 'left', 2],
    });
    expect(replayStep('bzpopmax', [['z'], 1], { key: 'z', member: 'm', score: 1 })).toStrictEqual({
      member: 'zpopmax',
      args: ['z', 1],
    });
    expect(replayStep('bzmpop', [['z', 'y'], 'min', 1], { key: 'y', members: [{}, {}, {}] })).toStrictEqual({
      member: 'zmpop',
      args: [['y'], 'min', { count: 3 }],
    });
    expect(replayStep('blpop', [['a'], 1], null)).toBeUndefined();
  });

  it('should replay XADD with the ID the server made, keeping its other options', () => {
    expect(replayStep('xadd', ['s', { f: 'v' }, { trim: { maxlen: 10 } }], '1-1')).toStrictEqual({
      member: 'xadd',
      args: ['s', { f: 'v' }, { trim: { maxlen: 10 }, id: '1-1' }],
    });
    expect(replayStep('xadd', ['s', { f: 'v' }, { nomkstream: true }], null)).toBeUndefined();
  });

  it('should replay XREADGROUP without BLOCK, and nothing when it read nothing', () => {
    expect(
      replayStep('xreadgroup', ['g', 'c', [{ key: 's', id: '>' }], { block: 100, count: 2 }], [{}]),
    ).toStrictEqual({
      member: 'xreadgroup',
      args: ['g', 'c', [{ key: 's', id: '>' }], { count: 2 }],
    });
    expect(replayStep('xreadgroup', ['g', 'c', [], { block: 100 }], [])).toBeUndefined();
  });
});
