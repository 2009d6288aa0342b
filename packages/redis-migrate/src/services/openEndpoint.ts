import { RedisFactoryService } from '@org/redis-factory';
import {
  parseRedisConfigFromEnv,
  RedisError,
  type IRedisService,
  type RedisConfig,
} from '@org/redis-interface';
import { compareVersions } from '../calculations/compareVersions.js';
import { describeEndpoint } from '../calculations/describeEndpoint.js';
import { endpointEnvironment, endpointPrefix } from '../calculations/endpointEnvironment.js';
import type { Endpoint } from '../models/Endpoint.js';
import type { EndpointFlags, EndpointSide } from '../models/EndpointFlags.js';
import { MigrateError } from '../models/MigrateError.js';
import type { MigrateErrorCode } from '../models/migrateErrorCodes.js';

/** What a subcommand changes in a side's configuration on top of its variables and flags. */
export interface EndpointOverrides {
  /** Standalone only: the database to use instead of the configured one. */
  readonly db?: number | undefined;
  /** The key prefix to use instead of the configured one (`--target-prefix`). */
  readonly keyPrefix?: string | undefined;
}

/** How `openEndpoint` treats a side that is only partly healthy. */
export interface OpenEndpointOptions {
  /**
   * Return the endpoint even when a master does not answer `INFO server` in time (its version and
   * `run_id` are then unknown: `version` is `'unknown'`, `runIds` empty), instead of failing with
   * `<SIDE>_UNREACHABLE`. For `smoke`, which reports such a master as a failed check.
   */
  readonly allowSilentMasters?: boolean;
}

const factory = new RedisFactoryService();

/**
 * Configure one side from its flags and `SOURCE_REDIS_*` / `TARGET_REDIS_*` variables, connect,
 * and read each master's version and `run_id`.
 *
 * @throws MigrateError `INVALID_CONFIG` (listing every problem, without secrets),
 *   `UNSUPPORTED_DATABASE` (a database for a cluster), `<SIDE>_UNREACHABLE`, `<SIDE>_AUTH_FAILED`.
 */
export async function openEndpoint(
  side: EndpointSide,
  flags: EndpointFlags,
  env: Readonly<Record<string, string | undefined>>,
  overrides: EndpointOverrides = {},
  options: OpenEndpointOptions = {},
): Promise<Endpoint> {
  const config = configure(side, flags, env, overrides);
  const service = factory.create({
    ...config,
    connectionName: config.connectionName ?? `redis-migrate-${side}`,
  });
  try {
    await factory.connect(service, config.connectTimeoutMs);
  } catch (error) {
    throw connectionFailure(side, config, error);
  }
  try {
    const masters = await readServerInfo(service, options);
    const versions = masters.map((fields) => fields['redis_version'] ?? '0').sort(compareVersions);
    return {
      side,
      service,
      mode: config.mode,
      description: describeEndpoint(config),
      version: versions[0] ?? 'unknown',
      runIds: new Set(masters.map((fields) => fields['run_id'] ?? '')),
      close: () => service.quit().catch(() => service.disconnect()),
    };
  } catch (error) {
    await service.disconnect();
    throw connectionFailure(side, config, error);
  }
}

async function readServerInfo(
  service: IRedisService,
  options: OpenEndpointOptions,
): Promise<Readonly<Record<string, string>>[]> {
  try {
    return Object.values(await service.info('server'));
  } catch (error) {
    if (options.allowSilentMasters === true && RedisError.is(error) && error.code === 'COMMAND_TIMEOUT')
      return [];
    throw error;
  }
}

function configure(
  side: EndpointSide,
  flags: EndpointFlags,
  env: Readonly<Record<string, string | undefined>>,
  overrides: EndpointOverrides,
): RedisConfig {
  let config: RedisConfig;
  try {
    config = parseRedisConfigFromEnv(endpointEnvironment(side, flags, env), { prefix: endpointPrefix[side] });
  } catch (error) {
    if (!RedisError.is(error)) throw error;
    throw new MigrateError(
      'INVALID_CONFIG',
      `The ${side} is not configured: ${error.message} (set --${side} <url>, --${side}-cluster <host:port,…> or ${endpointPrefix[side]}* variables)`,
      { cause: error },
    );
  }
  if (overrides.db !== undefined) {
    if (config.mode === 'cluster') {
      throw new MigrateError(
        'UNSUPPORTED_DATABASE',
        `The ${side} is a cluster, which has database 0 only: drop --db`,
      );
    }
    config = { ...config, db: overrides.db };
  }
  return overrides.keyPrefix === undefined ? config : { ...config, keyPrefix: overrides.keyPrefix };
}

function connectionFailure(side: EndpointSide, config: RedisConfig, error: unknown): MigrateError {
  if (MigrateError.is(error)) return error;
  const where = describeEndpoint(config);
  if (!RedisError.is(error)) {
    return new MigrateError(unreachable(side), `Could not use the ${side} (${where}): ${String(error)}`);
  }
  const code: MigrateErrorCode =
    error.code === 'AUTH_FAILED' || error.code === 'NO_PERMISSION'
      ? side === 'source'
        ? 'SOURCE_AUTH_FAILED'
        : 'TARGET_AUTH_FAILED'
      : error.code === 'MODE_MISMATCH' || error.code === 'INVALID_CONFIG'
        ? 'INVALID_CONFIG'
        : unreachable(side);
  return new MigrateError(code, `The ${side} (${where}): ${error.message}`, { cause: error });
}

function unreachable(side: EndpointSide): MigrateErrorCode {
  return side === 'source' ? 'SOURCE_UNREACHABLE' : 'TARGET_UNREACHABLE';
}
