/**
 * The sizes the issue fixes for every scenario: what one key, one value, one batch is. Every client
 * of a scenario gets the same keys and values.
 */
export const workload = {
  /** Bytes per key. */
  keyBytes: 16,
  /** Bytes per value. */
  valueBytes: 64,
  /** Promises kept outstanding in the "in flight" scenario. */
  inFlight: 100,
  /** Commands per explicit pipeline. */
  pipelineLength: 100,
  /** Keys per MGET / MSET. */
  multiKeyCount: 100,
  /** Commands per cross-slot pipeline (cluster). */
  crossSlotPipelineLength: 1_000,
  /** COUNT hint per SCAN call. */
  scanCount: 1_000,
  /** Distinct keys the single-key scenarios cycle through. */
  singleKeySpace: 10_000,
  /** Distinct key sets the MGET/MSET and cross-slot pipeline scenarios cycle through. */
  batchVariants: 16,
} as const;
