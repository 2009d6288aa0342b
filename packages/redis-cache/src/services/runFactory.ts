import type { CacheFactory } from '../models/CacheEntryOptions.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { CacheEventPublisher } from './CacheEventPublisher.js';

/**
 * Runs a factory, bounded by `hardTimeoutMs` when given: past it the factory's signal aborts and the call
 * rejects with `FACTORY_TIMEOUT` (the factory itself cannot be stopped; its late value is dropped).
 * Publishes one `factory` event.
 * @throws the factory's own error, or {@link RedisCacheError} `FACTORY_TIMEOUT`.
 */
export async function runFactory<T>(
  factory: CacheFactory<T>,
  key: string,
  staleValue: T | undefined,
  hardTimeoutMs: number | undefined,
  events: CacheEventPublisher,
): Promise<T> {
  // Made when the factory reads its signal or a timeout may abort it: most factories never look.
  let controller: AbortController | undefined =
    hardTimeoutMs === undefined ? undefined : new AbortController();
  const context = {
    key,
    staleValue,
    get signal(): AbortSignal {
      controller ??= new AbortController();
      return controller.signal;
    },
  };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = Promise.resolve().then(() => factory(context));
    const value =
      hardTimeoutMs === undefined
        ? await run
        : await Promise.race([
            run,
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => {
                controller?.abort();
                run.catch(() => undefined);
                reject(
                  new RedisCacheError(
                    'FACTORY_TIMEOUT',
                    `The factory for "${key}" did not finish within hardTimeoutMs (${hardTimeoutMs} ms): raise it or make the factory faster.`,
                  ),
                );
              }, hardTimeoutMs);
            }),
          ]);
    events.publish({ event: 'factory', outcome: 'ok', durationMs: performance.now() - started });
    return value;
  } catch (error) {
    const outcome = RedisCacheError.is(error) && error.code === 'FACTORY_TIMEOUT' ? 'timeout' : 'error';
    events.publish({ event: 'factory', outcome, durationMs: performance.now() - started });
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
