/** One replica of a master, from the master's `INFO replication` (`slave0:ip=…,port=…,state=online,offset=…,lag=0`). */
export interface ReplicaState {
  /** `host:port`. */
  readonly address: string;
  /** `online` once the initial sync is done; `wait_bgsave`, `send_bulk` before. */
  readonly state: string;
  /** Seconds since the replica last acknowledged (`lag`); `undefined` when not reported. */
  readonly lagSeconds: number | undefined;
  /** How many bytes of the replication stream it is behind the master. */
  readonly offsetBehind: number | undefined;
}

/** The replicas a master lists in its `INFO replication` fields, in `slaveN` order. */
export function parseReplicationInfo(fields: Readonly<Record<string, string>>): ReplicaState[] {
  const masterOffset = Number(fields['master_repl_offset']);
  return Object.entries(fields)
    .filter(([name]) => /^slave\d+$/.test(name))
    .sort(([a], [b]) => Number(a.slice(5)) - Number(b.slice(5)))
    .map(([, value]) => {
      const entry = Object.fromEntries(value.split(',').map((pair) => pair.split('=') as [string, string]));
      const offset = Number(entry['offset']);
      return {
        address: `${entry['ip'] ?? '?'}:${entry['port'] ?? '?'}`,
        state: entry['state'] ?? 'unknown',
        lagSeconds: entry['lag'] === undefined ? undefined : Number(entry['lag']),
        offsetBehind:
          Number.isFinite(offset) && Number.isFinite(masterOffset)
            ? Math.max(masterOffset - offset, 0)
            : undefined,
      };
    });
}
