import { describe, expect, it } from 'vitest';
import type { RedisMigratingConfigInput } from '../../models/config/RedisMigratingConfig.js';
import { RedisError } from '../../models/errors/RedisError.js';
import { validateRedisMigratingConfig } from './validateRedisMigratingConfig.js';

const sides = {
  source: { mode: 'standalone', host: '127.0.0.1', port: 6380 },
  target: { mode: 'cluster', nodes: [{ host: '127.0.0.1', port: 7000 }] },
} as const;

function problems(input: unknown): readonly string[] {
  try {
    validateRedisMigratingConfig(input as RedisMigratingConfigInput);
  } catch (error) {
    if (RedisError.is(error, 'INVALID_CONFIG'))
      return (error.details?.issues ?? []).map((issue) => issue.message);
    throw error;
  }
  throw new Error('expected INVALID_CONFIG');
}

describe(validateRedisMigratingConfig, () => {
  it('should fill the defaults of the move and validate both sides', () => {
    const config = validateRedisMigratingConfig({ mode: 'migrating', ...sides });
    expect([config.source.mode, config.target.mode]).toStrictEqual(['standalone', 'cluster']);
    expect({ ...config, source: undefined, target: undefined }).toStrictEqual({
      mode: 'migrating',
      source: undefined,
      target: undefined,
      controlKey: 'redis-migrate:phase',
      shadowSampleRate: 0.01,
      logMismatchedKeys: false,
      phasePollIntervalMs: 1000,
    });
  });

  it('should list every problem of both sides and of the options, each naming where it is', () => {
    const found = problems({
      mode: 'migrating',
      source: { mode: 'standalone', port: 0 },
      target: { mode: 'cluster', nodes: [] },
      controlKey: '',
      shadowSampleRate: 2,
      logMismatchedKeys: 'yes',
      phasePollIntervalMs: 10,
    });
    expect(found.filter((message) => message.startsWith('source.'))).toHaveLength(1);
    expect(found.filter((message) => message.startsWith('target.'))).toHaveLength(1);
    expect(found.slice(2)).toStrictEqual([
      'controlKey must be a non-empty key name (default redis-migrate:phase)',
      'shadowSampleRate 2 is not a share: use a number from 0 to 1 (0.01 compares one read in a hundred)',
      'logMismatchedKeys must be true or false',
      'phasePollIntervalMs 10 is not an interval: use whole milliseconds from 50 to 60000',
    ]);
  });

  it('should refuse another mode and a non-object', () => {
    expect(problems({ ...sides, mode: 'cluster' })).toStrictEqual([
      'mode "cluster" must be "migrating" here',
    ]);
    expect(problems(null)).toStrictEqual([
      'The migrating configuration must be an object with mode "migrating"',
    ]);
  });

  it('should never show a side password in a problem', () => {
    const found = problems({
      mode: 'migrating',
      source: { mode: 'standalone', url: 'redis://user:hunter2@127.0.0.1:99999' },
      target: sides.target,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).not.toContain('hunter2');
  });
});
