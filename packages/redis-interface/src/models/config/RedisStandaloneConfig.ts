import type { RedisCommonConfig } from './RedisCommonConfig.js';

/**
 * Standalone configuration after validation. A `url` has been split into host, port, db, credentials and TLS.
 */
export interface RedisStandaloneConfig extends RedisCommonConfig {
  /** Discriminant: one Redis server. */
  readonly mode: 'standalone';
  /** Host name or IP address. */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
  /** Logical database. */
  readonly db: number;
}
