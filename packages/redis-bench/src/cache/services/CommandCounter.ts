import type { RedisMode } from '@org/redis-interface';
import { Redis } from 'ioredis';
import type { BenchServers } from '../../services/servers.js';
import { addCalls, parseCommandCalls } from '../calculations/commandCalls.js';

/**
 * Reads `INFO commandstats` of the servers (the standalone server, or every master of the cluster, summed)
 * on connections of its own, so a run's commands are the difference of two reads.
 */
export class CommandCounter {
  private readonly nodes: Readonly<Record<RedisMode, readonly Redis[]>>;

  public constructor(servers: BenchServers) {
    const connect = (node: { readonly host: string; readonly port: number }): Redis =>
      new Redis({ host: node.host, port: node.port, lazyConnect: true });
    this.nodes = {
      standalone: [connect(servers.standalone)],
      cluster: servers.cluster.startupNodes.map(connect),
    };
  }

  /** Calls per command so far on the servers of `mode`. */
  public async read(mode: RedisMode): Promise<Map<string, number>> {
    const replies = await Promise.all(this.nodes[mode].map((node) => node.info('commandstats')));
    const total = new Map<string, number>();
    for (const reply of replies) addCalls(total, parseCommandCalls(reply));
    return total;
  }

  /** Close the connections (never throws). */
  public close(): void {
    for (const node of [...this.nodes.standalone, ...this.nodes.cluster]) node.disconnect();
  }
}
