import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RedisError } from '../models/errors/RedisError.js';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { redisMigrationEnvSuffixes } from './config/knownEnvVariables.js';
import { redisEnvVariableNames } from './config/redisEnvVariables.js';
import { parseRedisMigratingConfigFromEnv } from './migration/parseRedisMigratingConfigFromEnv.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

type Mode = 'standalone' | 'cluster' | 'migrating';

const sectionModes: Readonly<Record<string, Mode>> = {
  'Standalone mode': 'standalone',
  'Cluster mode': 'cluster',
  'Migrating mode': 'migrating',
};

interface ExampleLine {
  readonly name: string;
  readonly value: string;
  /** The mode of the section the line is in, or undefined for the sections every mode reads. */
  readonly mode: Mode | undefined;
}

const exampleText = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');

// Each commented `# REDIS_X=value` line, with the mode of its `# --- Standalone mode ---`,
// `# --- Cluster mode ---` or `# --- Migrating mode ---` section.
function exampleLines(text: string): ExampleLine[] {
  const lines: ExampleLine[] = [];
  let mode: Mode | undefined;
  for (const line of text.split('\n')) {
    const section = /^# --- (.+?) -+$/.exec(line)?.[1];
    if (section !== undefined) {
      mode = sectionModes[section];
      continue;
    }
    const variable = /^# (REDIS_[A-Z0-9_]+)=(.*)$/.exec(line);
    if (variable?.[1] !== undefined) lines.push({ name: variable[1], value: variable[2] ?? '', mode });
  }
  return lines;
}

const lines = exampleLines(exampleText);

// What a user gets by uncommenting every line of the common sections and of their mode's section (the
// other mode's variables are rejected, as the example says). Cluster mode has a required variable without
// default, REDIS_CLUSTER_NODES: both sides of the comparison set it (and REDIS_MODE) to the same value.
function uncommented(mode: Mode, required: Record<string, string>): Record<string, string> {
  const env = Object.fromEntries(
    lines
      .filter((line) => line.mode === undefined || line.mode === mode)
      .map((line) => [line.name, line.value]),
  );
  return { ...env, ...required };
}

// The text of the `# --- Migrating mode ---` section, up to the next section or the end.
function migratingSectionText(text: string): string {
  const start = text.indexOf('# --- Migrating mode ');
  if (start === -1) return '';
  const next = text.indexOf('\n# --- ', start + 1);
  return text.slice(start, next === -1 ? undefined : next);
}

// The required sides of a migrating configuration, as in the runbook: both sides set, so that the
// comparison does not rest on the localhost:6379 default.
const migratingRequired = {
  REDIS_MODE: 'migrating',
  SOURCE_REDIS_URL: 'redis://old:6379',
  TARGET_REDIS_MODE: 'cluster',
  TARGET_REDIS_CLUSTER_NODES: 'new-1:7000,new-2:7000',
};

function migratingProblems(env: Record<string, string>): string[] {
  try {
    parseRedisMigratingConfigFromEnv(env, { onWarning: () => undefined });
  } catch (error) {
    if (RedisError.is(error, 'INVALID_CONFIG'))
      return (error.details?.issues ?? []).map((issue) => issue.path);
    throw error;
  }
  return [];
}

describe('.env.example', () => {
  it('should show every variable the parser reads', () => {
    expect(
      lines
        .filter((line) => line.mode !== 'migrating')
        .map((line) => line.name)
        .sort(),
    ).toStrictEqual(Object.values(redisEnvVariableNames('REDIS_')).sort());
  });

  it('should show in its migrating section exactly the options the migrating parser reads', () => {
    expect(
      lines
        .filter((line) => line.mode === 'migrating')
        .map((line) => line.name)
        .sort(),
    ).toStrictEqual(
      Object.values(redisMigrationEnvSuffixes)
        .map((suffix) => `REDIS_${suffix}`)
        .sort(),
    );
  });

  // Each option has a default, so none is shown empty (which would parse to the default too).
  it('should show a value for every migrating option', () => {
    expect(lines.filter((line) => line.mode === 'migrating' && line.value === '')).toStrictEqual([]);
  });

  it('should name in its migrating section only variables a side reads', () => {
    const sides = new Set([
      ...Object.values(redisEnvVariableNames('SOURCE_REDIS_')),
      ...Object.values(redisEnvVariableNames('TARGET_REDIS_')),
    ]);
    const named = migratingSectionText(exampleText).match(/\b(?:SOURCE|TARGET)_REDIS_[A-Z0-9_]+/g) ?? [];
    expect(named.filter((name) => !sides.has(name))).toStrictEqual([]);
  });

  describe.each<[Mode, Record<string, string>]>([
    ['standalone', {}],
    ['cluster', { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '10.0.0.1:7000' }],
  ])('having every line of %s mode uncommented', (mode, required) => {
    it('should parse to the defaults', () => {
      expect(parseRedisConfigFromEnv(uncommented(mode, required))).toStrictEqual(
        parseRedisConfigFromEnv(required),
      );
    });
  });

  describe('having every line of migrating mode uncommented', () => {
    const env = {
      ...Object.fromEntries(
        lines.filter((line) => line.mode === 'migrating').map((line) => [line.name, line.value]),
      ),
      ...migratingRequired,
    };

    it('should parse to the migrating defaults', () => {
      expect(parseRedisMigratingConfigFromEnv(env, { onWarning: () => undefined })).toStrictEqual(
        parseRedisMigratingConfigFromEnv(migratingRequired, { onWarning: () => undefined }),
      );
    });

    it('should give no warning', () => {
      const warnings: RedisConfigIssue[] = [];
      parseRedisMigratingConfigFromEnv(env, { onWarning: (warning) => warnings.push(warning) });
      expect(warnings).toStrictEqual([]);
    });
  });

  // The example says so: in migrating mode every REDIS_* line outside its section, but REDIS_MODE, is
  // rejected (lines shown empty count as unset, so only those with a value are tried).
  describe.each(
    lines
      .filter((line) => line.mode !== 'migrating' && line.name !== 'REDIS_MODE' && line.value !== '')
      .map((line) => [line.name, line.value] as const),
  )('having %s uncommented in migrating mode', (name, value) => {
    it('should be a problem naming it', () => {
      expect(migratingProblems({ ...migratingRequired, [name]: value })).toContain(name);
    });
  });
});
