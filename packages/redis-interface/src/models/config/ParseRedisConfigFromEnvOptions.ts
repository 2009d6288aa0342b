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
}
