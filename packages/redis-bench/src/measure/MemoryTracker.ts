/** Peak memory of this process over the benchmark. */
export interface MemoryPeak {
  /** Highest `heapUsed` seen between runs, in MiB. */
  readonly peakHeapUsedMiB: number;
  /** `maxRSS` of the process so far (the OS's own peak), in MiB. */
  readonly maxRssMiB: number;
}

const mebibyte = 1024 * 1024;

/** Samples `heapUsed` between runs (never inside one) and reads the OS's peak RSS at the end. */
export class MemoryTracker {
  private peakHeapUsed = 0;

  /** Take one sample. */
  public sample(): void {
    this.peakHeapUsed = Math.max(this.peakHeapUsed, process.memoryUsage().heapUsed);
  }

  /** The peaks so far. */
  public peak(): MemoryPeak {
    this.sample();
    // resourceUsage().maxRSS is in kilobytes.
    return {
      peakHeapUsedMiB: this.peakHeapUsed / mebibyte,
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / mebibyte,
    };
  }
}
