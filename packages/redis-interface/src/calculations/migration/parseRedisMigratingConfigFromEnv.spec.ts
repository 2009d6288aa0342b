import { describe, expect, it } from 'vitest';
import { RedisError } from '../../models/errors/RedisError.js';
import { isMigratingEnv, parseRedisMigratingConfigFromEnv } from './parseRedisMigratingConfigFromEnv.js';

const env = {
  REDIS_MODE: 'migrating',
  SOURCE_REDIS_HOST: '127.0.0.1',
  SOURCE_REDIS_PORT: '6380',
  TARGET_REDIS_MODE: 'cluster',
  TARGET_REDIS_CLUSTER_NODES: '127.0.0.1:7000,127.0.0.1:7001',
};

function problems(variables: Record<string, string>): readonly string[] {
  try {
    parseRedisMigratingConfigFromEnv(variables);
  } catch (error) {
    if (RedisError.is(error, 'INVALID_CONFIG'))
      return (error.details?.issues ?? []).map((issue) => issue.message);
    throw error;
  }
  throw new Error('expected INVALID_CONFIG');
}

describe(parseRedisMigratingConfigFromEnv, () => {
  it('should read each side from its own variables and the options from REDIS_MIGRATION_*', () => {
    const config = parseRedisMigratingConfigFromEnv({
      ...env,
      REDIS_MIGRATION_CONTROL_KEY: 'move:phase',
      REDIS_MIGRATION_SHADOW_SAMPLE_RATE: '0.5',
      REDIS_MIGRATION_LOG_KEYS: 'yes',
      REDIS_MIGRATION_PHASE_POLL_MS: '200',
    });
    expect(config.source).toMatchObject({ mode: 'standalone', host: '127.0.0.1', port: 6380 });
    expect(config.target).toMatchObject({ mode: 'cluster', nodes: [{ port: 7000 }, { port: 7001 }] });
    expect([
      config.controlKey,
      config.shadowSampleRate,
      config.logMismatchedKeys,
      config.phasePollIntervalMs,
    ]).toStrictEqual(['move:phase', 0.5, true, 200]);
  });

  it('should name the variable of every bad option and refuse the client’s own connection variables', () => {
    expect(
      problems({
        ...env,
        REDIS_HOST: 'example',
        REDIS_MIGRATION_SHADOW_SAMPLE_RATE: 'half',
        REDIS_MIGRATION_LOG_KEYS: 'maybe',
      }),
    ).toStrictEqual([
      'REDIS_HOST is set but REDIS_MODE=migrating: configure the sides with SOURCE_REDIS_* and TARGET_REDIS_* instead',
      'REDIS_MIGRATION_SHADOW_SAMPLE_RATE "half" is not a share: use a number from 0 to 1 (0.01 compares one read in a hundred)',
      'REDIS_MIGRATION_LOG_KEYS must be true or false',
    ]);
  });

  it('should report a side’s problems under that side’s variables', () => {
    const found = problems({ ...env, TARGET_REDIS_CLUSTER_NODES: '' });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('TARGET_REDIS_CLUSTER_NODES');
  });

  it('should use the prefix for every name', () => {
    const config = parseRedisMigratingConfigFromEnv(
      {
        CACHE_MODE: 'migrating',
        SOURCE_CACHE_PORT: '6390',
        TARGET_CACHE_PORT: '6391',
        CACHE_MIGRATION_CONTROL_KEY: 'k',
      },
      { prefix: 'CACHE_' },
    );
    expect([config.source, config.target, config.controlKey]).toMatchObject([
      { port: 6390 },
      { port: 6391 },
      'k',
    ]);
  });
});

describe(isMigratingEnv, () => {
  it('should be true only for MODE=migrating under the prefix', () => {
    expect([
      isMigratingEnv(env),
      isMigratingEnv({ REDIS_MODE: 'cluster' }),
      isMigratingEnv({ CACHE_MODE: ' Migrating ' }, 'CACHE_'),
    ]).toStrictEqual([true, false, true]);
  });
});
