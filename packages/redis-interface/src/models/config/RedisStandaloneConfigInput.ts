import type { RedisCommonConfigInput } from './RedisCommonConfigInput.js';

/**
 * Where a standalone server is: a URL, or a host and port (never both).
 */
export type RedisStandaloneAddressInput =
  | {
      /**
       * `redis://[[username]:password@]host[:port][/db]`, or `rediss://…` for TLS. Username, password and
       * db given as separate options override the ones in the URL.
       */
      readonly url: string;
      /** Not allowed together with `url`. */
      readonly host?: never;
      /** Not allowed together with `url`. */
      readonly port?: never;
    }
  | {
      /** Not allowed together with `host`/`port`. */
      readonly url?: never;
      /**
       * Host name or IP address (IPv6 without brackets), without a port: `cache:6380` is rejected
       * (`INVALID_CONFIG`); give the port as `port`, or the whole address as `url`. Default `localhost`.
       */
      readonly host?: string;
      /** TCP port. Default `6379`. */
      readonly port?: number;
    };

/**
 * Standalone configuration as given by the caller.
 */
export type RedisStandaloneConfigInput = RedisCommonConfigInput &
  RedisStandaloneAddressInput & {
    /** Discriminant: one Redis server. */
    readonly mode: 'standalone';
    /** Logical database (SELECT). Default `0`, or the one in `url`. Code meant to move to cluster keeps 0. */
    readonly db?: number;
  };
