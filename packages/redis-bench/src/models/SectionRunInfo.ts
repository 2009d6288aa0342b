/** What every bench section says about its run, besides its figures (see `SectionBench`). */
export interface SectionRunInfo {
  /** How to run it again. */
  readonly command: string;
  readonly date: string;
  /** One line: CPUs, memory, OS, load. */
  readonly machine: string;
  /** One line: redis-server, node, the clients measured and their versions. */
  readonly versions: string;
  /** What the checks before timing found. */
  readonly checks: readonly string[];
  /** Wall time of the whole command (servers included) and CPU time of this process, s. */
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}
