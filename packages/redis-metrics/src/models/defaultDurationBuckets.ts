/**
 * Default buckets of `redis_client_command_duration_seconds`, in seconds: 0.5 ms to 2.5 s, which
 * covers a sub-millisecond GET on a local server up to a command close to a typical timeout.
 */
export const defaultDurationBuckets: readonly number[] = Object.freeze([
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
]);
