import type { RedisMode } from '@org/redis-interface';
import type { EndpointSide } from '../models/EndpointFlags.js';

/** A command line `ACL DRYRUN` tries for the user, named as a missing permission would be. */
export interface PermissionProbe {
  /** `restore`, `memory|usage`. */
  readonly name: string;
  readonly argv: readonly string[];
}

const key = 'redis-migrate:smoke:acl';

/** What an application, and `smoke` itself, runs on either side. */
const common: readonly PermissionProbe[] = [
  { name: 'get', argv: ['GET', key] },
  { name: 'set', argv: ['SET', key, 'v', 'PX', '1000'] },
  { name: 'del', argv: ['DEL', key] },
  { name: 'exists', argv: ['EXISTS', key] },
  { name: 'pttl', argv: ['PTTL', key] },
  { name: 'scan', argv: ['SCAN', '0'] },
  { name: 'info', argv: ['INFO', 'replication'] },
  { name: 'ping', argv: ['PING'] },
  { name: 'publish', argv: ['PUBLISH', 'redis-migrate:smoke', 'm'] },
  { name: 'subscribe', argv: ['SUBSCRIBE', 'redis-migrate:smoke'] },
];

/** What `copy`, `verify` and `rollback` run on the source: reading payloads and expiries. */
const sourceOnly: readonly PermissionProbe[] = [
  { name: 'dump', argv: ['DUMP', key] },
  { name: 'pexpiretime', argv: ['PEXPIRETIME', key] },
  { name: 'type', argv: ['TYPE', key] },
  { name: 'memory|usage', argv: ['MEMORY', 'USAGE', key] },
];

/** What `copy` runs on the target: writing payloads with their absolute expiry. */
const targetOnly: readonly PermissionProbe[] = [
  { name: 'restore', argv: ['RESTORE', key, '0', 'payload', 'REPLACE', 'ABSTTL'] },
  { name: 'dbsize', argv: ['DBSIZE'] },
];

/** What a cluster client needs to learn the topology. */
const clusterOnly: readonly PermissionProbe[] = [
  { name: 'cluster|slots', argv: ['CLUSTER', 'SLOTS'] },
  { name: 'cluster|info', argv: ['CLUSTER', 'INFO'] },
];

/** The commands `smoke` checks the configured user may run on `side` in `mode`. */
export function permissionProbes(side: EndpointSide, mode: RedisMode): PermissionProbe[] {
  return [
    ...common,
    ...(side === 'source' ? sourceOnly : targetOnly),
    ...(mode === 'cluster' ? clusterOnly : []),
  ];
}
