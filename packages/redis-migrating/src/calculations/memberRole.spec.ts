import { describe, expect, it } from 'vitest';
import { serviceDefinitions } from '@org/redis-core';
import { commandRole, memberRole } from './memberRole.js';

function roleOf(member: string): string {
  const definition = serviceDefinitions[member];
  if (definition === undefined) throw new Error(`no definition ${member}`);
  return memberRole(member, definition);
}

describe(memberRole, () => {
  it('should read reads, write writes, and keep PUBLISH and WAIT on the authoritative side', () => {
    expect(
      ['get', 'hgetall', 'xread', 'set', 'blpop', 'flushdb', 'publish', 'wait', 'waitaof'].map(roleOf),
    ).toStrictEqual([
      'read',
      'read',
      'read',
      'write',
      'write',
      'write',
      'authoritative',
      'authoritative',
      'authoritative',
    ]);
  });
});

describe(commandRole, () => {
  it('should classify call() by command: reads only when every member of the command reads', () => {
    expect(
      ['GET', 'xinfo', 'SET', 'function', 'script', 'SPUBLISH', 'nosuch'].map(commandRole),
    ).toStrictEqual(['read', 'read', 'write', 'write', 'write', 'authoritative', 'write']);
    expect(commandRole(42 as unknown as string)).toBe('authoritative');
  });
});
