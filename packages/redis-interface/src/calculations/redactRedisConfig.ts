import type { RedisCommonConfig } from '../models/config/RedisCommonConfig.js';
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
 * Validated configurations already show this copy to `util.inspect` and `JSON.stringify`.
 *
 * @param config - a validated configuration (standalone, cluster, or the options both share).
 * @returns the copy; the input is not modified.
 */
export function redactRedisConfig<C extends RedisCommonConfig>(config: C): C {
  return {
    ...config,
    ...(config.password === undefined ? {} : { password: redacted }),
    tls: redactTls(config.tls),
  };
}
