/** The outcome of one `smoke` check, as printed (one line) and reported. */
export interface SmokeCheck {
  /** What was checked: `mode`, `slots`, `latency 127.0.0.1:7000`, `roundtrip 127.0.0.1:7000`, `replicas`, `pubsub`, `permissions`. */
  readonly name: string;
  /** Whether it passed. */
  readonly ok: boolean;
  /** What was found, or what is wrong and what to look at. */
  readonly detail: string;
  /** How long the check took, in milliseconds. */
  readonly ms: number;
}

/** What `smoke` reports: every check, and `ok` when all passed. */
export interface SmokeReport {
  readonly command: 'smoke';
  readonly ok: boolean;
  /** The side checked and where it is (no credentials). */
  readonly endpoint: {
    readonly side: string;
    readonly mode: string;
    readonly description: string;
    readonly version: string;
  };
  readonly checks: readonly SmokeCheck[];
}
