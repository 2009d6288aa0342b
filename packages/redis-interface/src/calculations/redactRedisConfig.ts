import type { RedisConfig } from '../models/config/RedisConfig.js';
import type { RedisTlsConfig } from '../models/config/RedisTlsConfig.js';

const redacted = '***';

function redactTls(tls: RedisTlsConfig | false): RedisTlsConfig | false {
  if (tls === false || tls.key === undefined) return tls;
  return { ...tls, key: redacted };
}

/**
 * A copy of a configuration that is safe to log or show: the password and the TLS private key are
 * replaced with `***`. Everything else (hosts, ports, timeouts, certificates) is kept.
 *
 * @param config - a validated configuration.
 * @returns the copy; the input is not modified.
 */
export function redactRedisConfig(config: RedisConfig): RedisConfig {
  return {
    ...config,
    ...(config.password === undefined ? {} : { password: redacted }),
    tls: redactTls(config.tls),
  };
}
