/**
 * The pub/sub channels of the Socket.IO adapter over `IRedisService` (migrating mode). Not the
 * `socket.io#…` channels of `@socket.io/redis-adapter`: its classic adapter PSUBSCRIBEs
 * `socket.io#<nsp>#*`, which would also match these, and it cannot read JSON.
 */
export const adapterChannelPrefix = 'socket.io-json#';

/**
 * The channel every instance of a namespace listens on: broadcasts, room joins and leaves, heartbeats.
 * @param nsp - the namespace's name, e.g. `/`.
 */
export function namespaceChannel(nsp: string): string {
  return `${adapterChannelPrefix}${nsp}#`;
}

/**
 * The channel one instance listens on for the answers to its own requests (fetchSockets,
 * serverSideEmit with an ack, broadcast acks).
 * @param nsp - the namespace's name.
 * @param uid - the adapter's server ID.
 */
export function responseChannel(nsp: string, uid: string): string {
  return `${adapterChannelPrefix}${nsp}#${uid}#`;
}
