import { afterEach, describe, expect, it } from 'vitest';
import { eventually, openMigrating, type MigratingSetup } from './migratingSetup.js';

let setup: MigratingSetup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

describe('a migrating service in dual-write', () => {
  it('should write both sides, source first, and answer reads from the source', async () => {
    setup = await openMigrating();
    const { service, source, target } = setup;
    expect(service.phase).toBe('dual-write');
    expect(service.mode).toBe('standalone');
    await service.set('k', 'v');
    expect(await service.incr('n')).toBe(1);
    await service.lpush('l', ['a', 'b']);
    await service.hset('h', { f: '1' });
    for (const side of [source, target])
      expect([
        await side.get('k'),
        await side.get('n'),
        await side.lrange('l', 0, -1),
        await side.hgetall('h'),
      ]).toStrictEqual(['v', '1', ['b', 'a'], { f: '1' }]);
    await target.set('only-target', 'x');
    expect(await service.get('only-target')).toBeNull();
  });

  it('should replay writes whose effect the reply decides as what happened', async () => {
    setup = await openMigrating();
    const { service, source, target } = setup;
    await service.sadd('s', ['a', 'b', 'c', 'd']);
    const popped = await service.spop('s', 2);
    expect(popped).toHaveLength(2);
    expect((await source.smembers('s')).sort()).toStrictEqual((await target.smembers('s')).sort());
    const id = await service.xadd('x', { f: 'v' });
    expect((await target.xrange('x', '-', '+')).map((entry) => entry.id)).toStrictEqual([id]);
    await service.rpush('q', ['1', '2']);
    expect(await service.blpop(['q'], 1)).toStrictEqual(['q', '1']);
    expect(await target.lrange('q', 0, -1)).toStrictEqual(['2']);
    await service.zadd('z', [
      { member: 'm', score: 1 },
      { member: 'n', score: 2 },
    ]);
    expect(await service.bzpopmin(['z'], 1)).toMatchObject({ key: 'z', member: 'm' });
    expect(await target.zrange('z', 0, -1)).toStrictEqual(['n']);
  });

  it('should run pipelines and transactions on the source, then their writes on the target', async () => {
    setup = await openMigrating();
    const { service, target } = setup;
    const results = await service.pipeline().set('p1', 'a').get('p1').incr('p2').exec();
    expect(results).toStrictEqual([
      { ok: true, value: 'OK' },
      { ok: true, value: 'a' },
      { ok: true, value: 1 },
    ]);
    const { value } = await service.transaction(['{t}a'], async (tx) => {
      const before = await tx.read.get('{t}a');
      tx.set('{t}a', 'x').incr('{t}b');
      return before;
    });
    expect(value).toBeNull();
    expect([
      await target.get('p1'),
      await target.get('p2'),
      await target.get('{t}a'),
      await target.get('{t}b'),
    ]).toStrictEqual(['a', '1', 'x', '1']);
  });

  it('should refuse before sending what the cluster side would refuse (strictCrossSlot on the standalone side)', async () => {
    setup = await openMigrating();
    const { service, source } = setup;
    await expect(service.mset({ a: '1', b: '2' })).resolves.toBe('OK');
    await expect(service.rename('a', 'b')).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    expect(await source.get('b')).toBe('2');
  });

  it('should mark the keys of a write the target refused for repair, and still succeed', async () => {
    setup = await openMigrating();
    const { service, source, target, events, controlKey } = setup;
    await target.set('typed', 'string');
    expect(await service.lpush('typed', ['a'])).toBe(1);
    expect(await source.lrange('typed', 0, -1)).toStrictEqual(['a']);
    expect(await source.smembers(`${controlKey}:repair`)).toStrictEqual(['typed']);
    expect(events.filter((event) => event.event === 'secondary-write-failed')).toStrictEqual([
      {
        event: 'secondary-write-failed',
        client: 'migrating',
        command: 'lpush',
        side: 'target',
        errorCode: 'WRONG_TYPE',
      },
    ]);
    expect((await service.health()).migration?.secondaryWriteFailures).toBe(1);
  });

  it('should name the keys in the event only with logMismatchedKeys', async () => {
    setup = await openMigrating({ logMismatchedKeys: true });
    await setup.target.set('typed', 'string');
    await setup.service.pipeline().lpush('typed', ['a']).exec();
    expect(setup.events.find((event) => event.event === 'secondary-write-failed')).toMatchObject({
      keys: ['typed'],
    });
  });

  it('should deliver every message once to a subscriber, and publish on the authoritative side only', async () => {
    setup = await openMigrating();
    const { service, target } = setup;
    const received: string[] = [];
    const subscription = await service.subscribe('news', (message) => {
      received.push(message);
    });
    expect(await service.publish('news', 'one')).toBe(1);
    await target.publish('news', 'from a cutover instance');
    await eventually(() => received.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.sort()).toStrictEqual(['from a cutover instance', 'one']);
    await subscription.unsubscribe();
  });
});
