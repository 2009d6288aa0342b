import type { redactOptions } from 'pino';
import { censorRedisSecret } from '../calculations/censorRedisSecret.js';

const secretFields = ['password', 'REDIS_PASSWORD', 'url', 'REDIS_URL'];

/**
 * pino `redact` options that keep Redis secrets out of log lines: `password` and URL credentials at
 * the top level and up to two levels deep (`config.password`, `config.url`, `env.REDIS_URL`…),
 * and TLS private keys (`tls.key`). User names are kept; they are not secrets.
 *
 * `createRedisLogger()` applies them; pass them to your own root logger too
 * (`pino({ redact: redisLogRedaction })`) so that a configuration logged elsewhere is covered.
 */
export const redisLogRedaction: redactOptions = {
  paths: [...secretFields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]), 'tls.key', '*.tls.key'],
  censor: censorRedisSecret,
};
