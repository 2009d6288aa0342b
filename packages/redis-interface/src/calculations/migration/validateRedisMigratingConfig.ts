import type {
  RedisMigratingConfig,
  RedisMigratingConfigInput,
} from '../../models/config/RedisMigratingConfig.js';
import type { RedisConfig } from '../../models/config/RedisConfig.js';
import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import { RedisError } from '../../models/errors/RedisError.js';
import { redisMigrationControlDefaults } from '../../models/migration/RedisMigrationControl.js';
import { createInvalidConfigError } from '../config/createInvalidConfigError.js';
import { validateRedisConfig } from '../validateRedisConfig.js';

/** How each option of the migrating configuration is named in a problem: an option path or a variable. */
export interface MigratingConfigNames {
  readonly source: string;
  readonly target: string;
  readonly controlKey: string;
  readonly shadowSampleRate: string;
  readonly logMismatchedKeys: string;
  readonly phasePollIntervalMs: string;
}

const optionNames: MigratingConfigNames = {
  source: 'source',
  target: 'target',
  controlKey: 'controlKey',
  shadowSampleRate: 'shadowSampleRate',
  logMismatchedKeys: 'logMismatchedKeys',
  phasePollIntervalMs: 'phasePollIntervalMs',
};

function side(name: string, build: () => RedisConfig, issues: RedisConfigIssue[]): RedisConfig | undefined {
  try {
    return build();
  } catch (error) {
    if (!RedisError.is(error, 'INVALID_CONFIG')) throw error;
    // An environment variable names its side already (SOURCE_REDIS_HOST); an option path does not.
    const label = name.endsWith('*') ? '' : `${name}.`;
    for (const found of error.details?.issues ?? [])
      issues.push({ path: `${label}${found.path}`, message: `${label}${found.message}` });
    return undefined;
  }
}

/**
 * Checks the options around the two sides (not the sides themselves) and fills their defaults,
 * pushing a problem per bad option.
 */
export function migratingOptions(
  input: Omit<RedisMigratingConfigInput, 'source' | 'target' | 'mode'>,
  names: MigratingConfigNames,
  issues: RedisConfigIssue[],
): Omit<RedisMigratingConfig, 'source' | 'target' | 'mode'> {
  const { controlKey = redisMigrationControlDefaults.key, shadowSampleRate = 0.01 } = input;
  const { logMismatchedKeys = false, phasePollIntervalMs = redisMigrationControlDefaults.pollIntervalMs } =
    input;
  if (typeof controlKey !== 'string' || controlKey.length === 0)
    issues.push({
      path: names.controlKey,
      message: `${names.controlKey} must be a non-empty key name (default ${redisMigrationControlDefaults.key})`,
    });
  if (typeof shadowSampleRate !== 'number' || !(shadowSampleRate >= 0 && shadowSampleRate <= 1))
    issues.push({
      path: names.shadowSampleRate,
      message: `${names.shadowSampleRate} ${JSON.stringify(shadowSampleRate)} is not a share: use a number from 0 to 1 (0.01 compares one read in a hundred)`,
    });
  if (typeof logMismatchedKeys !== 'boolean')
    issues.push({
      path: names.logMismatchedKeys,
      message: `${names.logMismatchedKeys} must be true or false`,
    });
  if (
    typeof phasePollIntervalMs !== 'number' ||
    !Number.isSafeInteger(phasePollIntervalMs) ||
    phasePollIntervalMs < 50 ||
    phasePollIntervalMs > 60_000
  )
    issues.push({
      path: names.phasePollIntervalMs,
      message: `${names.phasePollIntervalMs} ${JSON.stringify(phasePollIntervalMs)} is not an interval: use whole milliseconds from 50 to 60000`,
    });
  return { controlKey, shadowSampleRate, logMismatchedKeys, phasePollIntervalMs };
}

/**
 * Both sides and the options together, or one `INVALID_CONFIG` error listing every problem of both
 * sides and of the options. Shared by {@link validateRedisMigratingConfig} and the environment parser.
 */
export function assembleMigratingConfig(
  sides: { readonly source: () => RedisConfig; readonly target: () => RedisConfig },
  input: Omit<RedisMigratingConfigInput, 'source' | 'target' | 'mode'>,
  names: MigratingConfigNames,
  issues: RedisConfigIssue[] = [],
): RedisMigratingConfig {
  const source = side(names.source, sides.source, issues);
  const target = side(names.target, sides.target, issues);
  const options = migratingOptions(input, names, issues);
  if (issues.length > 0 || source === undefined || target === undefined)
    throw createInvalidConfigError(issues);
  return { mode: 'migrating', source, target, ...options };
}

/**
 * Validates a migrating configuration: each side as {@link validateRedisConfig} does, and the
 * options of the move.
 *
 * @param input - the two sides and the options.
 * @returns the configuration the factory builds a migrating service from.
 * @throws {@link RedisError} `INVALID_CONFIG` listing every problem, each naming `source: …`,
 *   `target: …` or the option. Passwords never appear in it.
 *
 * @example
 * ```ts
 * const config = validateRedisMigratingConfig({
 *   mode: 'migrating',
 *   source: { mode: 'standalone', url: 'redis://10.0.0.5:6379' },
 *   target: { mode: 'cluster', nodes: [{ host: '10.0.0.10', port: 7000 }] },
 * });
 * ```
 */
export function validateRedisMigratingConfig(input: RedisMigratingConfigInput): RedisMigratingConfig {
  if (typeof input !== 'object' || (input as unknown) === null)
    throw createInvalidConfigError([
      { path: 'mode', message: 'The migrating configuration must be an object with mode "migrating"' },
    ]);
  const issues: RedisConfigIssue[] = [];
  // Checked at run time too: the input may come from JSON.
  const mode: unknown = input.mode;
  if (mode !== 'migrating')
    issues.push({ path: 'mode', message: `mode ${JSON.stringify(mode)} must be "migrating" here` });
  return assembleMigratingConfig(
    { source: () => validateRedisConfig(input.source), target: () => validateRedisConfig(input.target) },
    input,
    optionNames,
    issues,
  );
}
