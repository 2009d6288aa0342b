import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { IRedisService, RedisCommonConfigInput } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import type { RedisContractTarget } from './RedisContractTarget.js';
import { configAt, sharedServerConfig, topologyConfig } from './contractConfig.js';

async function connectOrDiscard(service: IRedisService): Promise<void> {
  try {
    await service.connect();
  } catch (error) {
    // A failed connect may leave reconnect timers behind; make sure they stop.
    await service.disconnect().catch(() => undefined);
    throw error;
  }
}

/**
 * Creates the context of one group and registers its hooks: call it inside the group's `describe`.
 * `beforeAll` connects the group's shared service; `afterAll` quits it and every service made with
 * `createService`.
 *
 * @param target - the driver under test.
 * @param keyPrefix - this run's key prefix.
 * @returns the context handed to the group.
 */
export function createContractContext(target: RedisContractTarget, keyPrefix: string): ContractContext {
  let shared: IRedisService | undefined;
  const extra: IRedisService[] = [];
  const withPrefix = (overrides: RedisCommonConfigInput = {}): RedisCommonConfigInput => ({
    keyPrefix,
    ...overrides,
  });

  const context: ContractContext = {
    mode: target.mode,
    crossSlotRefused: target.mode === 'cluster' || target.refusesCrossSlot === true,
    keyPrefix,
    service: () => {
      if (shared === undefined) throw new Error('service() is only available in tests and hooks');
      return shared;
    },
    key: (name) => `${name}:${randomUUID()}`,
    hashTag: (name) => `{${name}:${randomUUID()}}`,
    config: (overrides) => sharedServerConfig(target.mode, withPrefix(overrides)),
    configAt: (addresses, overrides) => configAt(target.mode, addresses, withPrefix(overrides)),
    configFor: (topology, overrides) => topologyConfig(topology, withPrefix(overrides)),
    buildService: (config) => target.createService(config),
    createService: async (overrides) => {
      const service = target.createService(context.config(overrides));
      await connectOrDiscard(service);
      extra.push(service);
      return service;
    },
  };

  beforeAll(async () => {
    const service = target.createService(context.config());
    await connectOrDiscard(service);
    shared = service;
  });

  afterAll(async () => {
    const services = shared === undefined ? extra : [shared, ...extra];
    shared = undefined;
    await Promise.all(services.map((service) => service.quit()));
  });

  return context;
}
