import { helloField } from '../calculations/helloField.js';
import { parseInfo } from '../calculations/parseInfo.js';
import type { NodeConnection } from '../models/NodeConnection.js';

/** How a server runs, as far as a client may find out. */
export type ServerMode = 'standalone' | 'cluster' | 'sentinel';

function asMode(value: unknown): ServerMode | undefined {
  const mode = typeof value === 'string' || Buffer.isBuffer(value) ? String(value) : undefined;
  return mode === 'standalone' || mode === 'cluster' || mode === 'sentinel' ? mode : undefined;
}

/**
 * The mode of the server behind a connected `client`, for the MODE_MISMATCH check of
 * `connect()`. `HELLO` without arguments first: it returns the connection's info map, `mode`
 * included, and needs no ACL rights (a user with only `+get ~app:*` may run it, but not INFO,
 * PING or CLUSTER INFO). Servers without HELLO (Redis < 6) are asked `INFO cluster`. `undefined`
 * when neither works (a user without INFO on such a server): the check cannot run, and
 * connecting must not fail for it.
 */
export async function serverMode(client: Pick<NodeConnection, 'call'>): Promise<ServerMode | undefined> {
  try {
    const mode = asMode(helloField(await client.call('hello', []), 'mode'));
    if (mode !== undefined) return mode;
  } catch {
    // Older server (unknown command) or HELLO denied: INFO may still tell.
  }
  try {
    const enabled = parseInfo(String(await client.call('info', ['cluster'])))['cluster_enabled'];
    if (enabled === undefined) return undefined;
    return enabled === '1' ? 'cluster' : 'standalone';
  } catch {
    return undefined;
  }
}
