import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { outcomesOf } from './PipelineOutcome.js';
import { sicily } from './geo.js';

/**
 * The Redis 7.0 data commands queued: their pipeline and transaction forms give the same results as the
 * service members (reply transforms included), and multi-key ones run when their keys share a slot.
 *
 * @param context - the group's context.
 */
export function describeQueuedDataCommandsContract(context: ContractContext): void {
  describe('.pipeline', () => {
    let tag: string;
    let results: PipelineResult[];

    beforeAll(async () => {
      tag = context.hashTag('queued-data');
      await context.service().mset({ [`${tag}:a`]: 'ohmytext', [`${tag}:b`]: 'mynewtext' });
      results = await context
        .service()
        .pipeline()
        .getex(`${tag}:a`, { ttl: { seconds: 100 } })
        .lcs(`${tag}:a`, `${tag}:b`, { len: true })
        .bitfield(`${tag}:bits`, [{ kind: 'incrby', encoding: 'u8', offset: 0, increment: 7 }])
        .pfadd(`${tag}:hll`, ['x', 'y'])
        .geoadd(`${tag}:geo`, sicily)
        .geodist(`${tag}:geo`, 'Palermo', 'Catania', 'km')
        .copy(`${tag}:a`, `${tag}:copy`)
        .exec();
    });

    it('should resolve each queued command as its service member does', () => {
      expect(outcomesOf(results)).toEqual([
        { ok: true, value: 'ohmytext' },
        { ok: true, value: 6 },
        { ok: true, value: [7] },
        { ok: true, value: true },
        { ok: true, value: 2 },
        { ok: true, value: expect.closeTo(166.2742, 3) as unknown },
        { ok: true, value: true },
      ]);
    });

    it('should apply the writes', async () => {
      expect(await context.service().get(`${tag}:copy`)).toBe('ohmytext');
    });
  });

  describe('.transaction', () => {
    it('should sort and store into a key of the same slot atomically', async () => {
      const tag = context.hashTag('queued-sort');
      await context.service().rpush(`${tag}:list`, ['2', '1']);
      const { results } = await context.service().transaction([`${tag}:list`], (tx) => {
        tx.sort(`${tag}:list`, { store: `${tag}:sorted` }).lrange(`${tag}:sorted`, 0, -1);
      });
      expect(outcomesOf(results)).toEqual([
        { ok: true, value: 2 },
        { ok: true, value: ['1', '2'] },
      ]);
    });
  });
}
