/** What a cluster node's refusal says: the command did not run there, and where to send it. */
export interface ClusterRefusal {
  /** `MOVED`/`ASK`: another node serves the slot; `TRYAGAIN`: the slot is being migrated. */
  readonly kind: 'MOVED' | 'ASK' | 'TRYAGAIN';
  /** `host:port` named by MOVED/ASK; empty for TRYAGAIN. */
  readonly node: string;
}

const REFUSAL = /^(MOVED|ASK|TRYAGAIN)\b(?: \d+ (\S+))?/;

/**
 * Recognise a reply by which a cluster node refused a command without running it. Such a
 * command is safe to send again once routing is fixed; any other failure is not.
 */
export function clusterRefusal(error: unknown): ClusterRefusal | undefined {
  if (!(error instanceof Error)) return undefined;
  const match = REFUSAL.exec(error.message);
  if (match === null) return undefined;
  return { kind: match[1] as ClusterRefusal['kind'], node: match[2] ?? '' };
}
