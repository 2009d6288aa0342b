import {
  RedisError,
  type FlushDbOptions,
  type IRedisKeyspaceCommands,
  type ScanOptions,
} from '@org/redis-interface';
import type { Redis } from 'ioredis';
import { PubSubCommands } from './PubSubCommands.js';

/** SCAN, DBSIZE, FLUSHDB over the whole keyspace: every master in a cluster. */
export abstract class KeyspaceCommands extends PubSubCommands implements IRedisKeyspaceCommands {
  public async *scan(options: ScanOptions = {}): AsyncIterable<string> {
    // ioredis does not prefix SCAN MATCH nor strip replies: both done here.
    const match = this.keyPrefix + (options.match ?? '*');
    const tail = [...(options.type === undefined ? [] : ['TYPE', options.type])];
    const count = options.count ?? 100;
    const prefixLength = this.keyPrefix.length;
    for (const node of await this.guard('scan', () => this.topology.masters())) {
      let page = this.scanPage(node, '0', match, count, tail);
      for (;;) {
        const [cursor, keys] = await page;
        // Ask for the next page before handing out this one: its round trip overlaps the
        // caller's work. If the caller stops early, that request's outcome is dropped.
        if (cursor !== '0') {
          page = this.scanPage(node, cursor, match, count, tail);
          page.catch(() => undefined);
        }
        for (const key of keys) yield prefixLength === 0 ? key : key.slice(prefixLength);
        if (cursor === '0') break;
      }
    }
  }

  private scanPage(
    node: Redis,
    cursor: string,
    match: string,
    count: number,
    tail: string[],
  ): Promise<[string, string[]]> {
    return this.guard(
      'scan',
      () => node.call('scan', cursor, 'MATCH', match, 'COUNT', count, ...tail) as Promise<[string, string[]]>,
    );
  }

  public async dbsize(): Promise<number> {
    const nodes = await this.guard('dbsize', () => this.topology.masters());
    const sizes = await Promise.all(
      nodes.map((node) => this.guard('dbsize', () => node.call('dbsize') as Promise<number>)),
    );
    return sizes.reduce((sum, size) => sum + size, 0);
  }

  public async flushdb(options: FlushDbOptions): Promise<void> {
    if ((options as Partial<FlushDbOptions> | undefined)?.confirm !== 'FLUSHDB') {
      throw new RedisError(
        'CONFIRMATION_REQUIRED',
        "FLUSHDB deletes every key of the database: call flushdb({ confirm: 'FLUSHDB' }).",
      );
    }
    const nodes = await this.guard('flushdb', () => this.topology.masters());
    const mode = options.async === true ? ['ASYNC'] : ['SYNC'];
    await Promise.all(nodes.map((node) => this.guard('flushdb', () => node.call('flushdb', ...mode))));
  }
}
