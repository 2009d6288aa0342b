import type { IRedisKeyspaceCommands, RedisKeyType, ScanOptions } from '@org/redis-interface';
import type { NodeConnection } from '../../models/NodeConnection.js';
import {
  checkOptionalChoice,
  checkOptions,
  checkString,
  checkWholeNumber,
} from '../../calculations/checks.js';

const keyTypes: readonly RedisKeyType[] = ['string', 'list', 'set', 'zset', 'hash', 'stream'];
import { PubSubCommands } from './PubSubCommands.js';

/**
 * SCAN over the whole keyspace: every master in a cluster. DBSIZE and FLUSHDB are definitions
 * (`keyspaceDefinitions`).
 */
export abstract class KeyspaceCommands
  extends PubSubCommands
  implements Pick<IRedisKeyspaceCommands, 'scan'>
{
  public async *scan(options?: ScanOptions): AsyncIterable<string> {
    let match = '';
    let count = 100;
    let tail: string[] = [];
    const nodes = await this.guard('scan', () => {
      const checked = checkOptions('scan', options);
      // The engine does not prefix SCAN MATCH nor strip replies: both done here.
      match =
        this.keyPrefix +
        (checked.match === undefined ? '*' : checkString('scan', 'options.match', checked.match));
      const type = checkOptionalChoice('scan', 'options.type', checked.type, keyTypes);
      tail = type === undefined ? [] : ['TYPE', type];
      count = checked.count === undefined ? 100 : checkWholeNumber('scan', 'options.count', checked.count, 1);
      return this.topology.masters();
    });
    const prefixLength = this.keyPrefix.length;
    for (const node of nodes) {
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
    node: NodeConnection,
    cursor: string,
    match: string,
    count: number,
    tail: string[],
  ): Promise<[string, string[]]> {
    return this.guard(
      'scan',
      () =>
        node.call('scan', [cursor, 'MATCH', match, 'COUNT', count, ...tail]) as Promise<[string, string[]]>,
    );
  }
}
