/** One line of `CLUSTER NODES`, the fields the testkit needs. */
export interface ClusterNodeLine {
  /** 40-hex node ID. */
  readonly id: string;
  /** Client host as announced. */
  readonly host: string;
  /** Client port as announced. */
  readonly port: number;
  /** Flags: `myself`, `master`, `slave`, `fail`, `fail?`, `handshake`, `noaddr`… */
  readonly flags: readonly string[];
  /** Node ID of the master, for replicas; undefined for masters. */
  readonly masterId: string | undefined;
  /** `connected` or `disconnected`. */
  readonly linkState: string;
  /** Slot ranges served, as written (`0-5460`, `[1-<-id]` migration markers skipped). */
  readonly slots: readonly string[];
}

/**
 * Parse `CLUSTER NODES` output.
 * Line format: `<id> <ip:port@cport[,hostname]> <flags> <master> <ping-sent> <pong-recv> <epoch> <link-state> <slot>...`
 */
export function parseClusterNodes(text: string): readonly ClusterNodeLine[] {
  const nodes: ClusterNodeLine[] = [];
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(' ');
    const [id, address, flags, master, , , , linkState, ...slots] = parts;
    if (id === undefined || address === undefined || flags === undefined || linkState === undefined) continue;
    const hostPort = address.split('@')[0] ?? '';
    const colon = hostPort.lastIndexOf(':');
    nodes.push({
      id,
      host: hostPort.slice(0, colon),
      port: Number(hostPort.slice(colon + 1)),
      flags: flags.split(','),
      masterId: master === '-' ? undefined : master,
      linkState,
      slots: slots.filter((slot) => !slot.startsWith('[')),
    });
  }
  return nodes;
}
