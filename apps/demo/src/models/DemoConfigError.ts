/**
 * The demo's own settings (`PORT`, `HOST`, `DEMO_*`, `LOG_LEVEL`) are invalid. The message lists every
 * problem, one per line, each naming the variable and what would be valid.
 */
export class DemoConfigError extends Error {
  /** Always `'DemoConfigError'`. */
  override readonly name = 'DemoConfigError';

  /** @param problems - one line per invalid variable. */
  constructor(public readonly problems: readonly string[]) {
    super(`Invalid demo settings:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}
