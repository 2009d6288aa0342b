import { RedisError } from '@org/redis-interface';

/** A short, secret-free text for an unexpected error: the layer's errors are already scrubbed. */
export function describeFailure(error: unknown): string {
  if (RedisError.is(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
