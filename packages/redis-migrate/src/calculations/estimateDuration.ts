/** How long reading the whole source should take, extrapolated from a timed sample. */
export interface DurationEstimate {
  /** Keys read per second in the sample (DUMP + PEXPIRETIME, pipelined). */
  readonly keysPerSecond: number;
  /** Seconds for `totalKeys` at that rate, rounded up; `undefined` when nothing was sampled. */
  readonly seconds: number | undefined;
  /** How many keys the sample read. */
  readonly sampledKeys: number;
}

/**
 * Extrapolate a sample's rate to `totalKeys`. An estimate only: the sample is small, keys differ in
 * size, and a copy also writes to the target.
 *
 * @param sampledKeys - keys read in the sample.
 * @param elapsedMs - how long the sample took.
 * @param totalKeys - keys the copy will read.
 */
export function estimateDuration(
  sampledKeys: number,
  elapsedMs: number,
  totalKeys: number,
): DurationEstimate {
  if (sampledKeys === 0) return { keysPerSecond: 0, seconds: totalKeys === 0 ? 0 : undefined, sampledKeys };
  const keysPerSecond = sampledKeys / (Math.max(elapsedMs, 1) / 1000);
  return {
    keysPerSecond: Math.round(keysPerSecond),
    seconds: Math.ceil(totalKeys / keysPerSecond),
    sampledKeys,
  };
}
