import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { parseRedisMigratingConfigFromEnv } from './migration/parseRedisMigratingConfigFromEnv.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

function warningsOf(env: Record<string, string>, prefix = 'REDIS_'): RedisConfigIssue[] {
  const warnings: RedisConfigIssue[] = [];
  try {
    parseRedisConfigFromEnv(env, { prefix, onWarning: (warning) => warnings.push(warning) });
  } catch {
    // Warnings are given before the configuration is validated; only they matter here.
  }
  return warnings;
}

const ignored = 'is not a known variable, so it is ignored:';

describe(parseRedisConfigFromEnv, () => {
  describe.each<[string, Record<string, string>, string]>([
    [
      'REDIS_TIMEOUT_MS',
      { REDIS_TIMEOUT_MS: '2000' },
      `REDIS_TIMEOUT_MS ${ignored} did you mean REDIS_CONNECT_TIMEOUT_MS or REDIS_COMMAND_TIMEOUT_MS?`,
    ],
    [
      'REDIS_CLUSTER_NODE',
      { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODE: 'a:7000' },
      `REDIS_CLUSTER_NODE ${ignored} did you mean REDIS_CLUSTER_NODES?`,
    ],
    ['REDIS_PASSWD', { REDIS_PASSWD: 'hunter2' }, `REDIS_PASSWD ${ignored} did you mean REDIS_PASSWORD?`],
    [
      'REDIS_MIGRATION_LOG_KEY',
      { REDIS_MIGRATION_LOG_KEY: 'true' },
      `REDIS_MIGRATION_LOG_KEY ${ignored} did you mean REDIS_MIGRATION_LOG_KEYS?`,
    ],
    [
      'REDIS_WHATEVER',
      { REDIS_WHATEVER: '1' },
      `REDIS_WHATEVER ${ignored} remove it or check its spelling (docs/configuration.md lists the variables)`,
    ],
  ])('having the unknown variable %s', (_name, env, message) => {
    it('should warn, naming the closest known variable', () => {
      expect(warningsOf(env)).toStrictEqual([{ path: Object.keys(env).at(-1), message }]);
    });

    it('should not show the value', () => {
      expect(JSON.stringify(warningsOf(env))).not.toMatch(/hunter2|a:7000|2000/);
    });
  });

  describe('having a prefix', () => {
    it('should warn about the prefixed variables only', () => {
      expect(warningsOf({ CACHE_PROT: '6380', REDIS_PROT: '6380' }, 'CACHE_')).toStrictEqual([
        { path: 'CACHE_PROT', message: `CACHE_PROT ${ignored} did you mean CACHE_PORT?` },
      ]);
    });
  });

  describe('having the variables other packages read', () => {
    it('should not warn', () => {
      expect(
        warningsOf({
          REDIS_MODE: 'standalone',
          REDIS_MIGRATION_CONTROL_KEY: 'ctl',
          REDIS_MIGRATION_SHADOW_SAMPLE_RATE: '0.1',
          REDIS_MIGRATION_LOG_KEYS: 'true',
          REDIS_MIGRATION_PHASE_POLL_MS: '500',
          REDIS_TEST_URL: 'redis://127.0.0.1:6390',
          REDIS_TEST_CLUSTER_NODES: '127.0.0.1:7000',
          REDIS_TESTKIT_BACKEND: 'local',
          REDIS_CACHE_URL: 'redis://cache',
          REDIS_TYPO: '',
        }),
      ).toStrictEqual([]);
    });
  });

  describe('having an invalid configuration and a typo', () => {
    it('should still warn', () => {
      expect(warningsOf({ REDIS_MODE: 'cluster', REDIS_CLUSTERNODES: 'a:7000' })).toHaveLength(1);
    });
  });

  describe('having no warning receiver', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('should emit a process warning', () => {
      const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      parseRedisConfigFromEnv({ REDIS_PROT: '6380' });
      expect(emit.mock.calls).toStrictEqual([
        [`REDIS_PROT ${ignored} did you mean REDIS_PORT?`, 'RedisConfigWarning'],
      ]);
    });
  });
});

describe(parseRedisMigratingConfigFromEnv, () => {
  describe('having a typo in a migration variable', () => {
    it('should warn once, for the migrating client itself', () => {
      const warnings: RedisConfigIssue[] = [];
      parseRedisMigratingConfigFromEnv(
        {
          REDIS_MODE: 'migrating',
          SOURCE_REDIS_URL: 'redis://a',
          TARGET_REDIS_URL: 'redis://b',
          REDIS_MIGRATION_CONTROL_KY: 'ctl',
        },
        { onWarning: (warning) => warnings.push(warning) },
      );
      expect(warnings.map((warning) => warning.message)).toStrictEqual([
        `REDIS_MIGRATION_CONTROL_KY ${ignored} did you mean REDIS_MIGRATION_CONTROL_KEY?`,
      ]);
    });
  });
});
