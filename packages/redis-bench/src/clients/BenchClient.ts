/** One command of an explicit pipeline: `SET key value` or `GET key`. */
export type BenchCommand = ['set', string, string] | ['get', string];

/**
 * What the single-key scenarios need from a client, whatever its family. Each adapter is a thin
 * closure over the client's own API, so every client pays the same (negligible) indirection.
 */
export interface BenchClient {
  /** SET `key` `value`. */
  set(key: string, value: string): Promise<unknown>;
  /** GET `key`. */
  get(key: string): Promise<unknown>;
  /**
   * Send `commands` as one explicit pipeline, the way the client offers it. The array is built once
   * and reused (never modified); it is mutable only because ioredis' `pipeline()` is typed so.
   */
  pipeline(commands: BenchCommand[]): Promise<unknown>;
}
