const maxLength = 64;
// The sides of a migrating client run as services named `<client>:source` and `<client>:target`,
// and their per-side latency is read from the command metrics by this label: a cut that dropped
// the side would merge both sides of a long client name into one series.
const sideSuffix = /:(?:source|target)$/;

/**
 * The `client` label: the client's connection name (configured, so bounded by the application),
 * cut to 64 characters, keeping a `:source` / `:target` side suffix; `unknown` when an event has
 * none.
 *
 * @param client - the `client` field of an event.
 */
export function toClientLabel(client: unknown): string {
  if (typeof client !== 'string' || client.length === 0) return 'unknown';
  if (client.length <= maxLength) return client;
  const side = sideSuffix.exec(client)?.[0] ?? '';
  return client.slice(0, maxLength - side.length) + side;
}
