import type { EndpointFlags, EndpointSide } from '../models/EndpointFlags.js';
import { MigrateError } from '../models/MigrateError.js';

/** The variable prefix of each side: `SOURCE_REDIS_URL`, `TARGET_REDIS_CLUSTER_NODES`… */
export const endpointPrefix: Readonly<Record<EndpointSide, string>> = {
  source: 'SOURCE_REDIS_',
  target: 'TARGET_REDIS_',
};

/** The variables that say where a server is; a location flag replaces all of them. */
const locationSuffixes = ['MODE', 'URL', 'HOST', 'PORT', 'DB', 'CLUSTER_NODES'] as const;

/**
 * The environment one side is configured from: `env`, with the side's location replaced by the
 * flags when a flag gives one (flags win; credentials and TLS files stay in the variables).
 *
 * @throws MigrateError `USAGE` when both a URL and cluster nodes are given for one side;
 *   `INVALID_CONFIG` when neither flags nor variables say where the side is (no default server).
 */
export function endpointEnvironment(
  side: EndpointSide,
  flags: EndpointFlags,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  if (flags.url !== undefined && flags.cluster !== undefined) {
    throw new MigrateError(
      'USAGE',
      `--${side} and --${side}-cluster both say where the ${side} is: give one of them`,
    );
  }
  const prefix = endpointPrefix[side];
  if (flags.url === undefined && flags.cluster === undefined) {
    // The env parser defaults to localhost:6379; a migration must never pick a server by default.
    if (!['URL', 'HOST', 'CLUSTER_NODES'].some((suffix) => (env[`${prefix}${suffix}`] ?? '') !== '')) {
      throw new MigrateError(
        'INVALID_CONFIG',
        `The ${side} is not configured: pass --${side} <url> or --${side}-cluster <host:port,…>, or set ${prefix}URL, ${prefix}HOST or ${prefix}CLUSTER_NODES`,
      );
    }
    return { ...env };
  }
  const location = new Set(locationSuffixes.map((suffix) => `${prefix}${suffix}`));
  const overlay = Object.fromEntries(Object.entries(env).filter(([name]) => !location.has(name)));
  if (flags.url !== undefined) {
    overlay[`${prefix}MODE`] = 'standalone';
    overlay[`${prefix}URL`] = flags.url;
  } else {
    overlay[`${prefix}MODE`] = 'cluster';
    overlay[`${prefix}CLUSTER_NODES`] = flags.cluster;
  }
  return overlay;
}
