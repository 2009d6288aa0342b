import { describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { phaseRoles } from './phaseRoles.js';

const source = { name: 'source' } as unknown as IRedisService;
const target = { name: 'target' } as unknown as IRedisService;

function named(service: IRedisService | undefined): string | undefined {
  return (service as { name?: string } | undefined)?.name;
}

describe(phaseRoles, () => {
  it.each([
    ['dual-write', 'source', 'source', 'target', undefined],
    ['shadow', 'source', 'source', 'target', 'target'],
    ['cutover', 'target', 'target', 'source', undefined],
    ['done', 'target', 'target', undefined, undefined],
  ] as const)(
    'should in %s read from %s, write to %s then %s, compare on %s',
    (phase, read, primary, secondary, shadow) => {
      const roles = phaseRoles(phase, { source, target });
      expect([
        named(roles.read),
        named(roles.primary),
        named(roles.secondary),
        named(roles.shadow),
      ]).toStrictEqual([read, primary, secondary, shadow]);
      expect([roles.primarySide, roles.secondarySide]).toStrictEqual([primary, secondary]);
    },
  );
});
