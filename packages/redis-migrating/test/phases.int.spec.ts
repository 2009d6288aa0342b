import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, openMigrating, type MigratingSetup } from './migratingSetup.js';

let setup: MigratingSetup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

describe('the phase of a migrating service', () => {
  it('should start in the phase of the newer copy of the control key', async () => {
    setup = await openMigrating({ connect: false });
    await setup.source.set(
      setup.controlKey,
      JSON.stringify({ phase: 'shadow', revision: 2, changedAt: 'a' }),
    );
    await setup.target.set(
      setup.controlKey,
      JSON.stringify({ phase: 'cutover', revision: 3, changedAt: 'b' }),
    );
    await setup.service.connect();
    expect([setup.service.phase, setup.service.mode]).toStrictEqual(['cutover', 'cluster']);
    expect(setup.events.filter((event) => event.event === 'phase')).toStrictEqual([
      { event: 'phase', client: 'migrating', phase: 'cutover', revision: 3 },
    ]);
  });

  it('should switch on the announcement, move back on a rollback, and ignore an older revision', async () => {
    setup = await openMigrating();
    const { service } = setup;
    await setup.setPhase('shadow', 1);
    await eventually(() => service.phase === 'shadow');
    await setup.setPhase('cutover', 2);
    await eventually(() => service.phase === 'cutover');
    await setup.setPhase('shadow', 3);
    await eventually(() => service.phase === 'shadow');
    await setup.setPhase('done', 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(service.phase).toBe('shadow');
    expect(
      setup.events.filter((event) => event.event === 'phase').map((event) => [event.phase, event.previous]),
    ).toStrictEqual([
      ['dual-write', undefined],
      ['shadow', 'dual-write'],
      ['cutover', 'shadow'],
      ['shadow', 'cutover'],
    ]);
  });

  it('should find a switch it was not told about by re-reading the key', async () => {
    setup = await openMigrating({ phasePollIntervalMs: 100 });
    await setup.setPhase('shadow', 1, false);
    await eventually(() => setup?.service.phase === 'shadow');
    expect((await setup.service.health()).migration).toMatchObject({ phase: 'shadow', revision: 1 });
  });

  it('should keep its phase and say why when the control key holds something else', async () => {
    setup = await openMigrating({ phasePollIntervalMs: 100 });
    await setup.source.set(setup.controlKey, 'garbage');
    await eventually(async () => (await setup?.service.health())?.migration?.controlProblem !== undefined);
    const health = await setup.service.health();
    expect([health.migration?.phase, health.migration?.controlProblem]).toStrictEqual([
      'dual-write',
      expect.stringContaining('redis-migrate phase'),
    ]);
  });

  it('should in cutover read from the target and write it first, keeping the source current', async () => {
    setup = await openMigrating();
    await setup.setPhase('cutover', 1);
    await eventually(() => setup?.service.phase === 'cutover');
    const { service, source, target } = setup;
    await source.set('seen', 'source');
    await target.set('seen', 'target');
    expect(await service.get('seen')).toBe('target');
    await service.set('w', '1');
    expect([await source.get('w'), await target.get('w')]).toStrictEqual(['1', '1']);
    const health = await service.health();
    expect([health.mode, health.migration?.source.mode, health.migration?.target.mode]).toStrictEqual([
      'cluster',
      'standalone',
      'cluster',
    ]);
  });

  it('should in done use the target only', async () => {
    setup = await openMigrating();
    await setup.setPhase('done', 1);
    await eventually(() => setup?.service.phase === 'done');
    await setup.service.set('after', '1');
    expect([await setup.source.get('after'), await setup.target.get('after')]).toStrictEqual([null, '1']);
  });

  it('should in shadow compare sampled reads on the target without changing the answer', async () => {
    setup = await openMigrating({ shadowSampleRate: 1 });
    await setup.setPhase('shadow', 1);
    await eventually(() => setup?.service.phase === 'shadow');
    const { service, target, events } = setup;
    await service.set('same', 'v');
    expect(await service.get('same')).toBe('v');
    await target.set('same', 'drifted');
    expect(await service.get('same')).toBe('v');
    await service.sadd('set', ['a', 'b', 'c']);
    expect((await service.smembers('set')).sort()).toStrictEqual(['a', 'b', 'c']);
    await eventually(() => events.filter((event) => event.event === 'shadow-read').length === 3);
    // A difference is read again before it counts: the mismatch comes last.
    expect(
      events.filter((event) => event.event === 'shadow-read').map((event) => [event.command, event.outcome]),
    ).toStrictEqual([
      ['get', 'match'],
      ['smembers', 'match'],
      ['get', 'mismatch'],
    ]);
  });

  it('should count as a match a difference that is gone when read again (the target trailing a write)', async () => {
    setup = await openMigrating({ shadowSampleRate: 1 });
    await setup.setPhase('shadow', 1);
    await eventually(() => setup?.service.phase === 'shadow');
    const { service, source, events } = setup;
    await source.set('lagging', 'new');
    const read = service.get('lagging');
    // The write reaches the target a moment later, as a replay does.
    setTimeout(() => void setup?.target.set('lagging', 'new'), 5);
    expect(await read).toBe('new');
    await eventually(() => events.some((event) => event.event === 'shadow-read'));
    expect(
      events.filter((event) => event.event === 'shadow-read').map((event) => event.outcome),
    ).toStrictEqual(['match']);
  });

  it('should never show a side password in inspect or JSON', async () => {
    setup = await openMigrating();
    const shown = `${inspect(setup.service)} ${JSON.stringify(setup.service)}`;
    expect(shown).toContain('dual-write');
    expect(shown).not.toMatch(/password":\s*"[^*]/);
  });
});
