import { describe, expect, it } from 'vitest';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { definitionKeys } from './definitionKeys.js';

function keys(member: string, ...args: unknown[]): unknown[] {
  const definition = serviceDefinitions[member];
  if (definition === undefined) throw new Error(`no definition ${member}`);
  return definitionKeys(definition, args);
}

describe(definitionKeys, () => {
  it('should find the keys of one-slot, split, moving-key and blocking commands', () => {
    expect(keys('set', 'a', '1')).toStrictEqual(['a']);
    expect(keys('mset', { a: '1', b: '2' })).toStrictEqual(['a', 'b']);
    expect(keys('del', ['a', 'b'])).toStrictEqual(['a', 'b']);
    expect(keys('zunionstore', 'dest', ['x', 'y'])).toStrictEqual(['dest', 'x', 'y']);
    expect(keys('blpop', ['q1', 'q2'], 1)).toStrictEqual(['q1', 'q2']);
    expect(keys('eval', 'return 1', ['k'], [])).toStrictEqual(['k']);
  });

  it('should find none for a fan-out, a node command, or arguments that do not build', () => {
    expect(keys('flushdb', { confirm: 'FLUSHDB' })).toStrictEqual([]);
    expect(keys('incrby', 'a', 1.5)).toStrictEqual([]);
  });
});
