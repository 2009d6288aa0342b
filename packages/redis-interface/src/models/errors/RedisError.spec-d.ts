import { describe, expectTypeOf, it } from 'vitest';
import type { RedisKeySlot } from './RedisKeySlot.js';
import { RedisError } from './RedisError.js';
import type { RedisConfigIssue } from './RedisConfigIssue.js';
import type { PipelineResult } from '../pipeline/PipelineResult.js';

declare const caught: unknown;

describe(RedisError, () => {
  describe('.is', () => {
    describe('having a code', () => {
      it('should narrow the code and details', () => {
        if (RedisError.is(caught, 'CROSS_SLOT')) {
          expectTypeOf(caught.code).toEqualTypeOf<'CROSS_SLOT'>();
          expectTypeOf(caught.details?.keys).toEqualTypeOf<readonly RedisKeySlot[] | undefined>();
        }
      });

      it('should narrow INVALID_CONFIG to its issues', () => {
        if (RedisError.is(caught, 'INVALID_CONFIG')) {
          expectTypeOf(caught.details?.issues).toEqualTypeOf<readonly RedisConfigIssue[] | undefined>();
        }
      });

      it('should narrow NOT_DURABLE to the acknowledgement counts', () => {
        if (RedisError.is(caught, 'NOT_DURABLE')) {
          expectTypeOf(caught.details?.acknowledged).toEqualTypeOf<number | undefined>();
          expectTypeOf(caught.details?.results).toEqualTypeOf<readonly PipelineResult[] | undefined>();
        }
      });

      it('should narrow READ_ONLY to the retryable hint and the reply', () => {
        if (RedisError.is(caught, 'READ_ONLY')) {
          expectTypeOf(caught.details?.retryable).toEqualTypeOf<boolean | undefined>();
          expectTypeOf(caught.details?.reply).toEqualTypeOf<string | undefined>();
        }
      });
    });

    describe('having no code', () => {
      it('should narrow to any RedisError', () => {
        if (RedisError.is(caught)) expectTypeOf(caught).toEqualTypeOf<RedisError>();
      });
    });
  });
});
