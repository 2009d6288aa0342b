import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from '../ContractContext.js';
import type { FuzzCase, FuzzTarget } from './FuzzCase.js';
import { dropFuzzKeys, fuzzKeys, resetFuzzKeys, snapshotFuzzKeys } from './fuzzKeyPool.js';
import { fuzzSettings } from './fuzzSettings.js';
import { queueFuzzCases } from './queueFuzzCases.js';
import { runFuzzCase } from './runFuzzCase.js';
import { fuzzScript } from './scriptFuzzCases.js';
import { serviceFuzzCases } from './serviceFuzzCases.js';

/** One `it` per member: its fuzz property, on keys of its own. */
function describeMembers(
  fuzzed: () => IRedisService,
  cases: Readonly<Record<string, FuzzCase>>,
  target: FuzzTarget,
  prefix: string,
): void {
  const settings = fuzzSettings();
  for (const [member, fuzzCase] of Object.entries(cases)) {
    describe(`${prefix}${member}`, () => {
      it('should resolve as documented or reject with a coded RedisError, changing nothing when refused', async () => {
        const service = fuzzed();
        const keys = fuzzKeys(member);
        await resetFuzzKeys(service, keys);
        const initial = await snapshotFuzzKeys(service, keys);
        try {
          await runFuzzCase({ member, fuzzCase, service, keys, target, initial }, settings);
        } finally {
          await dropFuzzKeys(service, keys);
        }
      });
    });
  }
}

/**
 * Property-based fuzzing of every member of `IRedisService` and of the pipeline queue with fast-check:
 * arguments mix valid values with undefined, null, objects, Symbols, BigInts, NaN, ±Infinity, -0,
 * fractions, huge numbers, Buffers and wrong option shapes. `FUZZ_SEED` replays a run (the seed is
 * printed on failure), `FUZZ_RUNS` raises the runs per member (default 15, about 120 ms each).
 *
 * @param context - the group's context.
 */
export function describeFuzzContract(context: ContractContext): void {
  const unconnected: IRedisService[] = [];
  const target: FuzzTarget = {
    unconnected: () => {
      const service = context.buildService(context.config());
      unconnected.push(service);
      return service;
    },
  };

  let service: IRedisService | undefined;
  const fuzzed = (): IRedisService => {
    if (service === undefined) throw new Error('the fuzz service is only available in tests');
    return service;
  };

  beforeAll(async () => {
    // A prefix of its own: keys such as "" or "[object Object]" can be looked for after every run.
    service = await context.createService({
      keyPrefix: `${context.keyPrefix}fuzz-${randomBytes(4).toString('hex')}:`,
    });
    service.defineScript(fuzzScript);
  });

  afterAll(async () => {
    await Promise.all(unconnected.map((built) => built.disconnect()));
  });

  describeMembers(fuzzed, serviceFuzzCases, target, '.');
  describeMembers(fuzzed, queueFuzzCases, target, 'pipeline().');
}
