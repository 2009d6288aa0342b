import type { Redis } from 'ioredis';

/** A node connection's `host:port`, the form ioredis uses in its slot table. */
export function nodeAddress(node: Redis): string {
  return `${node.options.host ?? '?'}:${String(node.options.port ?? '?')}`;
}
