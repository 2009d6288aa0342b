import { parseRedisConfigFromEnv } from '../calculations/parseRedisConfigFromEnv.js';
import type { RedisConfigIssue } from '../models/errors/RedisConfigIssue.js';
import { RedisError } from '../models/errors/RedisError.js';

/** A file reader for tests: only `/certs/client.pem` exists. */
export function readTestFile(path: string): string {
  if (path === '/certs/client.pem') return 'CERT PEM';
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

/** The RedisError `parseRedisConfigFromEnv` throws for `env`; fails the test when it does not throw one. */
export function failure(env: Record<string, string>): RedisError {
  try {
    parseRedisConfigFromEnv(env, { readFile: readTestFile });
  } catch (error) {
    if (RedisError.is(error)) return error;
    throw error;
  }
  throw new Error('expected parseRedisConfigFromEnv to throw');
}

/** The issues of the INVALID_CONFIG error `parseRedisConfigFromEnv` throws for `env`. */
export function issuesOf(env: Record<string, string>): readonly RedisConfigIssue[] {
  const error = failure(env);
  return RedisError.is(error, 'INVALID_CONFIG') ? (error.details?.issues ?? []) : [];
}
