/**
 * Run `shutdown` once on the first of `signals`, then exit: 0 when it finished, 1 when it failed.
 * @returns a function that removes the handlers (for tests and for apps with their own).
 */
export function stopOnSignals(shutdown: () => Promise<void>, signals: readonly NodeJS.Signals[]): () => void {
  let stopping = false;
  const handler = (): void => {
    if (stopping) return;
    stopping = true;
    shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
