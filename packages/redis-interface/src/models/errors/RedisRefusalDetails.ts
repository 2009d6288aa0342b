/**
 * The details of a code read from a server error reply's prefix (`READONLY`, `LOADING`, `BUSY`, `OOM`, …).
 */
export interface RedisRefusalDetails {
  /**
   * `true` when the server refused the command WITHOUT running it and the condition is transient
   * (failover, loading, a busy script, resharding): sending the same command again after a delay is safe,
   * it cannot be applied twice. `false` when retrying as is cannot help (`OOM`, `NOSCRIPT`, `BUSYGROUP`).
   * A `COMMAND_TIMEOUT` is never retryable in this sense: the command may have run.
   */
  readonly retryable: boolean;
  /** The server's reply, e.g. `READONLY You can't write against a read only replica.` */
  readonly reply: string;
}
