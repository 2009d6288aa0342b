import type { RedisNodeInfo } from '../models/RedisNodeInfo.js';
import { TestkitError } from '../models/TestkitError.js';
import { waitUntil } from './waitUntil.js';

/** A master the testkit killed or paused, and who could replace it. */
export interface MasterFailure {
  readonly node: RedisNodeInfo;
  /** `host:port` of its replicas at the moment of the fault. */
  readonly replicas: ReadonlySet<string>;
  /** `Date.now()` at the fault. */
  readonly at: number;
}

/** Wait until one of the failed master's replicas is a master, as a live node sees it. */
export async function waitForReplacement(
  failure: MasterFailure,
  timeoutMs: number,
  refreshNodes: () => Promise<readonly RedisNodeInfo[]>,
): Promise<RedisNodeInfo> {
  if (failure.replicas.size === 0) {
    throw new TestkitError(
      'CLUSTER_NOT_READY',
      `${failure.node.id} had no replica: start the cluster with replicasPerMaster >= 1`,
    );
  }
  let promoted: RedisNodeInfo | undefined;
  await waitUntil(`a replica of ${failure.node.id} to be promoted`, timeoutMs, async () => {
    const nodes = await refreshNodes();
    promoted = nodes.find((node) => node.role === 'master' && failure.replicas.has(node.id));
    return promoted !== undefined || `none of ${[...failure.replicas].join(', ')} is a master yet`;
  });
  if (promoted === undefined)
    throw new TestkitError('CLUSTER_NOT_READY', `No replica of ${failure.node.id} was promoted`);
  return promoted;
}
