import { RedisError, type RedisValue } from '@org/redis-interface';
import type { BigKeyCopy } from '../../models/BigKeyCopy.js';
import type { ChunkCopyContext } from '../../models/ChunkCopyContext.js';
import { SourceKeyChanged } from '../../models/SourceKeyChanged.js';

/** The reads and writes a chunk copier uses, for `copy` building into `temp`. */
export function createChunkCopyContext(copy: BigKeyCopy, temp: Buffer): ChunkCopyContext {
  return {
    read: async (command: string, ...args: readonly RedisValue[]) => {
      await copy.beforeSourceCommand?.();
      try {
        return await copy.source.bytes.call(command, ...args);
      } catch (error) {
        // The key was replaced by another type, or deleted under a command that needs it (XINFO):
        // the copy so far is worthless, and not an error of the tool.
        if (RedisError.is(error, 'WRONG_TYPE')) throw new SourceKeyChanged('it holds another type now');
        if (RedisError.is(error, 'SERVER_ERROR') && /no such key/i.test(error.message)) {
          throw new SourceKeyChanged('it was deleted');
        }
        throw error;
      }
    },
    write: (command: string, ...args: readonly RedisValue[]) => copy.target.call(command, ...args),
    target: copy.target,
    key: copy.key,
    temp,
    chunk: copy.chunk,
  };
}
