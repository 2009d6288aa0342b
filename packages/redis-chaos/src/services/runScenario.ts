import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IRedisService } from '@org/redis-interface';
import { RedisFactoryService } from '@org/redis-factory';
import type { RedisClusterTopology, RedisStandaloneTopology, RedisTopology } from '@org/redis-testkit';
import type { ChaosScenario } from '../models/ChaosScenario.js';
import type { ChaosSettings } from '../models/ChaosSettings.js';
import type { WriteKind } from '../models/LoadReport.js';
import type { ScenarioReport } from '../models/ScenarioReport.js';
import { chaosConfig } from './chaosConfig.js';
import { countLost } from './countLost.js';
import { writeFunction } from './writeFunctions.js';
import { WriteLoad } from './WriteLoad.js';

const factory = new RedisFactoryService();

async function connected(topology: RedisTopology, settings: ChaosSettings): Promise<IRedisService> {
  const service = factory.create(chaosConfig(topology, settings));
  return factory.connect(service, 10_000);
}

function injectFault(
  scenario: ChaosScenario,
  topology: RedisTopology,
  settings: ChaosSettings,
  mark: (label: string) => void,
): Promise<void> {
  // The scenario's mode decides its topology's kind: `start` returned it.
  return scenario.mode === 'cluster'
    ? scenario.fault(topology as RedisClusterTopology, settings, mark)
    : scenario.fault(topology as RedisStandaloneTopology, settings, mark);
}

/**
 * Run one scenario: start its servers, start a plain write load (and a durable one where there are
 * replicas), each on a service of its own, inject the fault after the warm-up, keep writing for
 * `afterMs` once it is healed, then read every acknowledged key back with a fresh service.
 * The writers and the servers (by PID) are stopped whatever happens.
 */
export async function runScenario(scenario: ChaosScenario, settings: ChaosSettings): Promise<ScenarioReport> {
  const began = performance.now();
  const topology: RedisTopology = await scenario.start(settings);
  const services: IRedisService[] = [];
  let loads: WriteLoad[] = [];
  try {
    const kinds: WriteKind[] = scenario.durable ? ['plain', 'durable'] : ['plain'];
    const run = randomBytes(3).toString('hex');
    loads = await Promise.all(
      kinds.map(async (kind) => {
        const service = await connected(topology, settings);
        services.push(service);
        return new WriteLoad(service, {
          kind,
          write: writeFunction(kind, settings),
          writers: settings.writers,
          maxWritesPerWriter: settings.maxWritesPerWriter,
          hangAfterMs: 2 * (settings.commandTimeoutMs + settings.durableTimeoutMs),
          keyPrefix: `chaos:${run}:${kind}:`,
          valueBytes: settings.valueBytes,
        });
      }),
    );
    for (const load of loads) load.start();
    await sleep(settings.warmupMs);
    const faultAt = performance.now();
    const milestones: { label: string; atMs: number }[] = [];
    await injectFault(scenario, topology, settings, (label) =>
      milestones.push({ label, atMs: Math.round(performance.now() - faultAt) }),
    );
    await sleep(settings.afterMs);
    const elapsed = await Promise.all(loads.map((load) => load.stop()));
    const checker = await connected(topology, settings);
    services.push(checker);
    const reports = await Promise.all(
      loads.map(async (load, index) =>
        load.tally.report(
          faultAt,
          elapsed[index] ?? 0,
          await countLost(checker, load.acked, settings.valueBytes),
        ),
      ),
    );
    return {
      name: scenario.name,
      title: scenario.title,
      milestones,
      loads: reports,
      elapsedMs: Math.round(performance.now() - began),
    };
  } finally {
    // A fault that threw must not leave writers running against services being closed.
    await Promise.all(loads.map((load) => load.stop()));
    await Promise.allSettled(services.map((service) => service.quit()));
    await topology.stop();
  }
}
