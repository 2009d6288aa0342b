/**
 * TLS settings as given by the caller. Certificates and keys are PEM text or Buffers (not file paths; the
 * environment parser reads `REDIS_TLS_*_FILE` for you).
 */
export interface RedisTlsOptions {
  /** Certificate authority to trust instead of the system store (self-signed or private CA). */
  readonly ca?: string | Buffer;
  /** Client certificate, for servers that require mutual TLS; needs `key` too. */
  readonly cert?: string | Buffer;
  /** Private key of the client certificate; needs `cert` too. Redacted by {@link redactRedisConfig}. */
  readonly key?: string | Buffer;
  /** Server name for SNI and certificate checks, when it differs from the host connected to. */
  readonly servername?: string;
  /** Whether to reject a server whose certificate does not verify. Default `true`; `false` only for tests. */
  readonly rejectUnauthorized?: boolean;
}
