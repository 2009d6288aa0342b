/** What a migrating service's `nativeClient()` returns: each side's own native client. */
export interface MigratingNativeClients {
  /** The source service's `nativeClient()`. */
  readonly source: unknown;
  /** The target service's `nativeClient()`. */
  readonly target: unknown;
}
