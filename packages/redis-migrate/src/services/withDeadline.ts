/** What {@link withDeadline} resolves to: the value, or that the deadline came first. */
export type DeadlineOutcome<T> = { readonly settled: true; readonly value: T } | { readonly settled: false };

/**
 * Wait for `promise` at most `ms`. When the deadline comes first the promise is left running (a
 * command cannot be taken back) and its eventual rejection is swallowed, so it cannot crash the
 * process after the check has moved on.
 *
 * @throws what `promise` rejects with, when it settles in time.
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<DeadlineOutcome<T>> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ settled: false }>((resolve) => {
    timer = setTimeout(() => resolve({ settled: false }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ settled: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
