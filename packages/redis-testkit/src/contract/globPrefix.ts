import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { collect } from './collect.js';

/**
 * A `keyPrefix` holding glob characters is matched literally by SCAN MATCH and KEYS: `g[1]*:`
 * unescaped would also match the neighbour prefix `g1x:`, and strip a wrong prefix off its keys.
 *
 * @param context - the group's context.
 */
export function describeGlobPrefixContract(context: ContractContext): void {
  let globbed: IRedisService;
  let base: string;

  beforeAll(async () => {
    globbed = await context.createService({ keyPrefix: `${context.keyPrefix}g[1]*:` });
    const neighbour = await context.createService({ keyPrefix: `${context.keyPrefix}g1x:` });
    base = context.key('glob');
    await globbed.set(`${base}:own`, '1');
    await neighbour.set(`${base}:other`, '2');
    await neighbour.quit();
  });

  describe('.scan', () => {
    it('should yield only the keys under the literal prefix', async () => {
      expect(await collect(globbed.scan({ match: `${base}:*` }))).toEqual([`${base}:own`]);
    });
  });

  describe('.scanPage', () => {
    it('should page only the keys under the literal prefix', async () => {
      const keys: string[] = [];
      for (const node of await globbed.scanNodes()) {
        let cursor = '0';
        do {
          const page = await globbed.scanPage(node, cursor, { match: `${base}:*` });
          keys.push(...page.keys);
          cursor = page.cursor;
        } while (cursor !== '0');
      }
      expect(keys).toEqual([`${base}:own`]);
    });
  });

  describe('.keys', () => {
    it('should list only the keys under the literal prefix', async () => {
      expect(await globbed.keys(`${base}:*`)).toEqual([`${base}:own`]);
    });
  });
}
