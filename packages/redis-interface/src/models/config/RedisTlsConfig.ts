/**
 * TLS settings after validation: {@link RedisTlsOptions} with the defaults filled.
 */
export interface RedisTlsConfig {
  /** Certificate authority to trust instead of the system store. */
  readonly ca?: string | Buffer;
  /** Client certificate (always together with `key`). */
  readonly cert?: string | Buffer;
  /** Private key of the client certificate (always together with `cert`). */
  readonly key?: string | Buffer;
  /** Server name for SNI and certificate checks. */
  readonly servername?: string;
  /** Whether a server whose certificate does not verify is rejected. */
  readonly rejectUnauthorized: boolean;
}
