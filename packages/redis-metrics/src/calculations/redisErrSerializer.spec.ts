import { RedisError } from '@org/redis-interface';
import { stdSerializers } from 'pino';
import { describe, expect, it } from 'vitest';
import { redisErrSerializer } from './redisErrSerializer.js';

describe(redisErrSerializer.name, () => {
  it('should not repeat a cause that the message already names', () => {
    const cause = new Error('Connection is closed.');
    const error = new RedisError('CONNECTION_FAILED', 'EVALSHA failed: Connection is closed. (retry later).', {
      cause,
    });
    expect(stdSerializers.err(error).message).toBe(
      'EVALSHA failed: Connection is closed. (retry later).: Connection is closed.',
    );
    expect(redisErrSerializer(error)).toMatchObject({
      type: 'RedisError',
      code: 'CONNECTION_FAILED',
      message: 'EVALSHA failed: Connection is closed. (retry later).',
    });
  });

  it("should append a cause's message the error does not say, as pino does, and keep the stack's causes", () => {
    const error = new Error('request failed', { cause: new Error('ECONNREFUSED', { cause: new Error('no route') }) });
    const serialized = redisErrSerializer(error);
    expect(serialized.message).toBe('request failed: ECONNREFUSED: no route');
    expect(serialized.stack).toContain('caused by: Error: ECONNREFUSED');
  });

  it('should stop at a circular cause', () => {
    const error = new Error('outer');
    const inner = new Error('inner', { cause: error });
    (error as { cause?: unknown }).cause = inner;
    expect(redisErrSerializer(error).message).toBe('outer: inner');
  });
});
