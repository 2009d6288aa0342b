/** A message as clients see it (HTTP history, the `message` event, acks). */
export interface ChatMessage {
  /** The Redis stream entry ID (`<ms>-<seq>`): unique and ordered, so clients can de-duplicate. */
  readonly id: string;
  /** The room it was posted to. */
  readonly room: string;
  /** Who posted it. */
  readonly user: string;
  /** The text, trimmed. */
  readonly text: string;
  /** When the server stored it, ISO 8601. */
  readonly at: string;
}
