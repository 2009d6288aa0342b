/**
 * An address with what precedes its last `@` (a user name and password, `user:pass@host:port`) replaced by
 * `***`, for messages that echo an address the user wrote: its credentials must not be shown.
 * @param address - a host, `host:port` or node entry as written; returned as is without an `@`.
 */
export function maskUserInfo(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : `***${address.slice(at)}`;
}
