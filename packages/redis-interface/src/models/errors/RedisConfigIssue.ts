/**
 * One problem found while validating a configuration, as carried by an `INVALID_CONFIG` {@link RedisError}.
 */
export interface RedisConfigIssue {
  /**
   * Where the problem is: the environment variable (`REDIS_PORT`) when parsing the environment, or the
   * option path (`nodes[1].port`) when validating an options object.
   */
  readonly path: string;
  /**
   * The whole sentence, starting with the path, saying what is wrong and what would be valid, e.g.
   * `REDIS_PORT "abc" is not a port: use an integer from 1 to 65535`. Never contains a password.
   */
  readonly message: string;
}
