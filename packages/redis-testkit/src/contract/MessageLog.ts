/** One message a handler received. */
export interface ReceivedMessage {
  /** The message. */
  readonly message: string;
  /** The channel it was published on. */
  readonly channel: string;
  /** The pattern that matched, for pattern subscriptions. */
  readonly pattern?: string;
}

import { vi } from 'vitest';

/**
 * Records what pub/sub handlers receive, for assertions.
 */
export class MessageLog {
  /** Every message received, in order. */
  readonly received: ReceivedMessage[] = [];

  /** A channel handler that records into this log. */
  readonly onMessage = (message: string, channel: string): void => {
    this.received.push({ message, channel });
  };

  /** A pattern handler that records into this log. */
  readonly onPatternMessage = (message: string, channel: string, pattern: string): void => {
    this.received.push({ message, channel, pattern });
  };

  /**
   * The messages received, without channel and pattern.
   * @returns the message texts, in order.
   */
  messages(): string[] {
    return this.received.map((entry) => entry.message);
  }

  /**
   * Waits until `message` was received, or until the timeout. Never rejects: the test's own assertion on
   * {@link MessageLog.received} then says what arrived, so a missing message fails the test rather than a
   * hook.
   *
   * @param message - the message to wait for.
   * @param timeoutMs - how long to wait at most. Default 10 s.
   */
  async waitForMessage(message: string, timeoutMs = 10_000): Promise<void> {
    await vi
      .waitFor(
        () => {
          if (!this.messages().includes(message)) throw new Error(`no ${message} yet`);
        },
        { timeout: timeoutMs, interval: 25 },
      )
      .catch(() => undefined);
  }
}
