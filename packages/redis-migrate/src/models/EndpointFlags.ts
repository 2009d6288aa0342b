/** Which side of a migration an endpoint is. */
export type EndpointSide = 'source' | 'target';

/**
 * Where one side is, from the command line. Each is optional: what is not given comes from the
 * `SOURCE_REDIS_*` / `TARGET_REDIS_*` variables. Passwords are never flags (a command line is
 * visible to every user of the machine in `ps`): put them in the URL only for throwaway servers,
 * otherwise in `SOURCE_REDIS_PASSWORD` / `TARGET_REDIS_PASSWORD`.
 */
export interface EndpointFlags {
  /** A standalone server: `redis://[user[:password]@]host:port[/db]` or `rediss://` for TLS. */
  readonly url?: string | undefined;
  /** A cluster: its seed nodes as `host:port[,host:port…]`. */
  readonly cluster?: string | undefined;
}
