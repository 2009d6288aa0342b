import type { IRedisService } from '@org/redis-interface';
import { parseKeyspaceInfo, type DatabaseKeys } from '../calculations/parseKeyspaceInfo.js';
import type { PlanNode } from '../models/PlanReport.js';

/** Per-master figures of a source, and its databases summed over the masters. */
export interface NodeFigures {
  readonly nodes: PlanNode[];
  readonly databases: DatabaseKeys[];
}

/**
 * Each master's key count in `db` and `used_memory`, from `INFO keyspace` and `INFO memory` (one
 * record per master in both modes), and every database's keys summed over the masters.
 *
 * @throws RedisError from INFO.
 */
export async function readNodeFigures(service: IRedisService, db: number): Promise<NodeFigures> {
  const [keyspace, memory] = await Promise.all([service.info('keyspace'), service.info('memory')]);
  const totals = new Map<number, DatabaseKeys>();
  const nodes = Object.entries(keyspace)
    .map(([node, fields]) => {
      const databases = parseKeyspaceInfo(fields);
      for (const database of databases) {
        const total = totals.get(database.db);
        totals.set(database.db, {
          db: database.db,
          keys: (total?.keys ?? 0) + database.keys,
          expires: (total?.expires ?? 0) + database.expires,
        });
      }
      return {
        node,
        keys: databases.find((database) => database.db === db)?.keys ?? 0,
        usedMemory: Number(memory[node]?.['used_memory'] ?? 0),
      };
    })
    .sort((a, b) => a.node.localeCompare(b.node));
  return { nodes, databases: [...totals.values()].sort((a, b) => a.db - b.db) };
}
