import { describe, expect, it } from 'vitest';
import { validateRedisMigratingConfig } from '@org/redis-interface';
import { migratingClientName, sideConfig } from './sideConfigs.js';

const config = validateRedisMigratingConfig({
  mode: 'migrating',
  source: { mode: 'standalone', host: '127.0.0.1', port: 6380, connectionName: 'orders' },
  target: { mode: 'cluster', nodes: [{ host: '127.0.0.1', port: 7000 }] },
});

describe(sideConfig, () => {
  it('should name each side after the client and make a standalone side facing a cluster strict', () => {
    expect(migratingClientName(config)).toBe('orders');
    const source = sideConfig(config, 'source');
    const target = sideConfig(config, 'target');
    expect([source.connectionName, source.strictCrossSlot]).toStrictEqual(['orders:source', true]);
    expect([target.connectionName, target.strictCrossSlot]).toStrictEqual(['orders:target', false]);
  });

  it('should leave two standalone sides as configured', () => {
    const both = validateRedisMigratingConfig({
      mode: 'migrating',
      source: { mode: 'standalone', port: 6380 },
      target: { mode: 'standalone', port: 6381 },
    });
    expect([
      sideConfig(both, 'source').strictCrossSlot,
      sideConfig(both, 'target').connectionName,
    ]).toStrictEqual([false, 'migrating:target']);
  });
});
