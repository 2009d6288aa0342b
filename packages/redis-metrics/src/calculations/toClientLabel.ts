const maxLength = 64;

/**
 * The `client` label: the client's connection name (configured, so bounded by the application),
 * cut to 64 characters; `unknown` when an event has none.
 *
 * @param client - the `client` field of an event.
 */
export function toClientLabel(client: unknown): string {
  return typeof client === 'string' && client.length > 0 ? client.slice(0, maxLength) : 'unknown';
}
