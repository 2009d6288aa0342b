import type { RedisConfigIssue } from '../errors/RedisConfigIssue.js';

/**
 * Options of {@link parseRedisConfigFromEnv}.
 */
export interface ParseRedisConfigFromEnvOptions {
  /**
   * Reads the files named by `REDIS_TLS_CA_FILE`, `REDIS_TLS_CERT_FILE` and `REDIS_TLS_KEY_FILE`.
   * Default `fs.readFileSync`. A reader that throws makes the file a listed problem.
   */
  readonly readFile?: (path: string) => string | Buffer;
  /**
   * Prefix of every variable name, for a second client (`CACHE_` reads `CACHE_MODE`, `CACHE_URL`, …).
   * Default `'REDIS_'`.
   */
  readonly prefix?: string;
  /**
   * Receives each warning about the environment, once per parse, before the configuration is validated
   * (so also when it then throws): today, a set `<prefix>*` variable that no package reads, such as the typo
   * `REDIS_TIMEOUT_MS`, with the closest known names (`path` is the variable; values are never shown).
   * Default: `process.emitWarning(message, 'RedisConfigWarning')`, which Node prints to stderr.
   */
  readonly onWarning?: (warning: RedisConfigIssue) => void;
}
