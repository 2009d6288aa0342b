import { randomBytes } from 'node:crypto';
import diagnostics_channel from 'node:diagnostics_channel';
import {
  formatRedisMigrationControl,
  redisDiagnosticsChannels,
  validateRedisConfig,
  validateRedisMigratingConfig,
  type IRedisService,
  type RedisMigratingConfigInput,
  type RedisMigrationEvent,
  type RedisMigrationPhase,
} from '@org/redis-interface';
import { redisTestServers } from '@org/redis-testkit';
import { RedisMigratingService, type RedisMigratingServiceOptions } from '@org/redis-migrating';
import { createDriver } from './migratingContract.js';

/** A migrating service over the shared standalone server (source) and the shared cluster (target). */
export interface MigratingSetup {
  readonly service: RedisMigratingService;
  /** Direct services on each side, same key prefix, to look behind the migrating service. */
  readonly source: IRedisService;
  readonly target: IRedisService;
  readonly prefix: string;
  readonly controlKey: string;
  /** The migration events published since the setup opened. */
  readonly events: RedisMigrationEvent[];
  /** Sets the control value on both sides as `redis-migrate phase` does, announcing it unless told not to. */
  setPhase(phase: RedisMigrationPhase, revision: number, announce?: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Opens a migrating service (not connected unless `connect`), its direct side services and an event log. */
export async function openMigrating(
  options: Partial<Omit<RedisMigratingConfigInput, 'mode' | 'source' | 'target'>> & {
    readonly connect?: boolean;
  } = {},
  serviceOptions: RedisMigratingServiceOptions = {},
): Promise<MigratingSetup> {
  const servers = redisTestServers();
  // Unique per setup, free of braces: every key of the test lives under it on the shared servers.
  const prefix = `migrating:${randomBytes(4).toString('hex')}:`;
  const source = validateRedisConfig({
    mode: 'standalone',
    host: servers.standalone.host,
    port: servers.standalone.port,
    keyPrefix: prefix,
  });
  const target = validateRedisConfig({
    mode: 'cluster',
    nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
    keyPrefix: prefix,
  });
  const { connect = true, ...rest } = options;
  const config = validateRedisMigratingConfig({
    mode: 'migrating',
    source,
    target,
    phasePollIntervalMs: 60_000,
    ...rest,
  });
  const events: RedisMigrationEvent[] = [];
  const listener = (message: unknown): void => {
    events.push(message as RedisMigrationEvent);
  };
  diagnostics_channel.subscribe(redisDiagnosticsChannels.migration, listener);
  const sides = { source: createDriver(source), target: createDriver(target) };
  await Promise.all([sides.source.connect(), sides.target.connect()]);
  const service = new RedisMigratingService(config, createDriver, serviceOptions);
  if (connect) await service.connect();
  return {
    service,
    ...sides,
    prefix,
    controlKey: config.controlKey,
    events,
    setPhase: async (phase, revision, announce = true) => {
      const value = formatRedisMigrationControl({ phase, revision, changedAt: new Date().toISOString() });
      await Promise.all([
        sides.source.set(config.controlKey, value),
        sides.target.set(config.controlKey, value),
      ]);
      if (announce)
        await Promise.all([
          sides.source.publish(config.controlKey, value),
          sides.target.publish(config.controlKey, value),
        ]);
    },
    close: async () => {
      diagnostics_channel.unsubscribe(redisDiagnosticsChannels.migration, listener);
      await service.quit();
      await Promise.all([sides.source.quit(), sides.target.quit()]);
    },
  };
}

/** Waits until `check` holds, polling every 20 ms, for at most `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
