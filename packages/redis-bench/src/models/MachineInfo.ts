/** What the benchmark ran on, for the report. */
export interface MachineInfo {
  /** CPU model as the OS names it. */
  readonly cpuModel: string;
  /** Logical CPUs. */
  readonly cpuCount: number;
  /** Total memory, GiB. */
  readonly totalMemoryGiB: number;
  /** `Linux 6.8.0 x64`… */
  readonly os: string;
  /** `v20.20.2`… */
  readonly node: string;
  /** `redis_version` from INFO server. */
  readonly redisServer: string;
  /** Version of the ioredis package the clients use. */
  readonly ioredis: string;
  /** Version of the node-redis (`redis`) package. */
  readonly nodeRedis: string;
  /** 1, 5 and 15 minute load averages when the run started (other processes' load). */
  readonly loadAverage: readonly number[];
}
