import { RedisError, type IRedisPipeline, type PipelineResult } from '@org/redis-interface';
import { classifyFailure } from '../calculations/classifyFailure.js';

/**
 * `pipeline.exec()`, with a whole-pipeline failure that is worth retrying (not connected while
 * reconnecting after a failover) returned instead of thrown.
 */
export async function execOrTransient(pipeline: IRedisPipeline): Promise<PipelineResult[] | RedisError> {
  try {
    return await pipeline.exec();
  } catch (error) {
    if (RedisError.is(error) && classifyFailure(error) === 'transient') return error;
    throw error;
  }
}
