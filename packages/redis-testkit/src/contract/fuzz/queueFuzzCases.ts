import type { IRedisCommandQueue, IRedisService, PipelineResult } from '@org/redis-interface';
import { isQueueable } from '@org/redis-core';
import { callMember } from './callMember.js';
import type { FuzzCase } from './FuzzCase.js';
import { serviceFuzzCases } from './serviceFuzzCases.js';

type QueueMember = Exclude<keyof IRedisCommandQueue, 'bytes'>;

/**
 * The queue form of a member: queued on a fresh pipeline with the service method's arguments, then
 * executed. Queueing must return the pipeline and never throw; the one result's failure is the
 * rejection the property checks (a coded RedisError, nothing written).
 */
function queued(member: QueueMember): FuzzCase {
  return {
    args: serviceFuzzCases[member].args,
    invoke: async (service: IRedisService, values: readonly unknown[]) => {
      const pipeline = service.pipeline();
      let returned: unknown;
      try {
        returned = callMember(pipeline, member, values);
      } catch (error) {
        throw new Error(`pipeline.${member} threw at the call site`, { cause: error });
      }
      if (returned !== pipeline) throw new Error(`pipeline.${member} did not return the pipeline`);
      const results: PipelineResult[] = await pipeline.exec();
      const [result] = results;
      if (results.length !== 1 || result === undefined)
        throw new Error(`exec gave ${results.length} results`);
      if (!result.ok) throw result.error;
      return result.value;
    },
  };
}

/**
 * One fuzz case per queue member: every service member that a queue has too (the members installed
 * on the queue from the definitions), so a new queueable command is fuzzed the day it lands.
 */
export const queueFuzzCases: Readonly<Record<string, FuzzCase>> = Object.fromEntries(
  Object.keys(serviceFuzzCases)
    .filter((member) => isQueueable(member))
    .map((member) => [member, queued(member as QueueMember)]),
);
