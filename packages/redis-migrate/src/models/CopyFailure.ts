/** A key that could not be copied, as listed in the report. */
export interface CopyFailure {
  /** The key, as text or `hex:…`. */
  readonly key: string;
  /** The layer's error code (`WRONG_TYPE`, `SERVER_ERROR`…). */
  readonly code: string;
  /** The error's message (no secret in it). */
  readonly message: string;
}
