import type { IRedisService } from '@org/redis-interface';
import { parseReplicationInfo } from '../calculations/parseReplicationInfo.js';
import type { CheckOutcome } from './runCheck.js';

/**
 * Replicas acknowledge every second; a `lag` above this many seconds means the link is stuck, not
 * busy.
 */
const MAX_LAG_SECONDS = 10;

/**
 * Every replica of every master (`INFO replication`, one record per master) is `online` and
 * acknowledged within {@link MAX_LAG_SECONDS}. A master without replicas passes, saying so.
 *
 * @throws RedisError from INFO (a master that does not answer: `COMMAND_TIMEOUT`).
 */
export async function checkReplicas(service: IRedisService): Promise<CheckOutcome> {
  const masters = Object.entries(await service.info('replication')).sort(([a], [b]) => a.localeCompare(b));
  const problems: string[] = [];
  const seen: string[] = [];
  for (const [node, fields] of masters) {
    const replicas = parseReplicationInfo(fields);
    if (replicas.length === 0) seen.push(`${node}: no replicas`);
    for (const replica of replicas) {
      const lag = replica.lagSeconds ?? Number.POSITIVE_INFINITY;
      if (replica.state !== 'online' || lag > MAX_LAG_SECONDS) {
        problems.push(
          `${node} → ${replica.address} state=${replica.state} lag=${replica.lagSeconds ?? '?'} s`,
        );
      } else {
        seen.push(`${node} → ${replica.address} online, ${replica.offsetBehind ?? '?'} bytes behind`);
      }
    }
  }
  if (problems.length > 0) return { ok: false, detail: `out of sync: ${problems.join('; ')}` };
  const total = masters.reduce((sum, [, fields]) => sum + parseReplicationInfo(fields).length, 0);
  return { ok: true, detail: total === 0 ? 'no replicas' : `${total} in sync: ${seen.join('; ')}` };
}
