import { describe, expect, it } from 'vitest';
import { RedisError } from '../../models/errors/RedisError.js';
import {
  allowedMigrationSteps,
  formatRedisMigrationControl,
  parseRedisMigrationControl,
} from './parseRedisMigrationControl.js';

function refusal(text: string): string {
  try {
    parseRedisMigrationControl(text);
  } catch (error) {
    if (RedisError.is(error, 'INVALID_ARGUMENT')) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(parseRedisMigrationControl, () => {
  it('should read back what formatRedisMigrationControl wrote', () => {
    const control = { phase: 'shadow', revision: 3, changedAt: '2026-12-04T10:00:00.000Z' } as const;
    expect(parseRedisMigrationControl(formatRedisMigrationControl(control))).toStrictEqual(control);
  });

  it.each([
    ['not JSON', '{phase', 'text that is not JSON'],
    ['not an object', '"cutover"', 'JSON that is not an object'],
    ['an unknown phase', '{"phase":"canary","revision":1,"changedAt":"x"}', 'an unknown phase "canary"'],
    [
      'a negative revision',
      '{"phase":"done","revision":-1,"changedAt":"x"}',
      'a revision that is not a whole number',
    ],
    [
      'a fractional revision',
      '{"phase":"done","revision":1.5,"changedAt":"x"}',
      'a revision that is not a whole number',
    ],
    ['no time', '{"phase":"done","revision":1}', 'no changedAt time'],
  ])('should refuse %s with INVALID_ARGUMENT naming the fix', (_, text, why) => {
    const message = refusal(text);
    expect(message).toContain(why);
    expect(message).toContain('redis-migrate phase <dual-write|shadow|cutover|done>');
  });
});

describe(allowedMigrationSteps, () => {
  it.each([
    ['dual-write', ['shadow']],
    ['shadow', ['dual-write', 'cutover']],
    ['cutover', ['shadow', 'done']],
    ['done', []],
  ] as const)('should allow from %s only one step either way (done is final)', (from, steps) => {
    expect(allowedMigrationSteps(from)).toStrictEqual(steps);
  });
});
