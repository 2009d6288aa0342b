import type { RedisCacheEvent } from '@org/redis-interface';
import type { Logger } from 'pino';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toCacheLabel } from '../calculations/toCacheLabel.js';

const resyncReasons: ReadonlySet<string> = new Set(['gap', 'bus-down']);

/**
 * The subscriber of the `cache` channel that writes the events of `@org/redis-cache` an operator acts
 * on to `logger`: the L2 breaker opening (`warn`) and closing again (`info`, with `openForMs`, how long
 * it stayed open), and each resync, where an instance dropped its L1 because invalidations may have
 * been lost (`warn`, with its `reason`).
 *
 * While Redis stays down the breaker lets one trial call through every `openMs` and opens again when
 * it fails: those half-open trials and re-openings are `debug`, so an outage is one `warn` line and one
 * `info` line per instance and cache, not one every two seconds. Hits, misses, stale answers, factory
 * runs, lock waits, invalidations and degraded answers are never logged: the `redis_cache_*` metrics
 * count them. The events carry no keys or values; the cache name is bounded like its metric label.
 */
export function createCacheLogHandler(logger: Logger): (event: unknown) => void {
  // When each cache's breaker opened (from closed), by cache label; removed when it closes.
  const openedAt = new Map<string, number>();
  return (raw) => {
    const event = raw as RedisCacheEvent;
    const cache = toCacheLabel(event.cache);
    switch (event.event) {
      case 'breaker': {
        const fields = { cache, event: event.event, state: event.state };
        switch (event.state) {
          case 'open':
            if (openedAt.has(cache)) {
              logger.debug(fields, 'redis cache breaker open again');
              return;
            }
            openedAt.set(cache, Date.now());
            logger.warn(fields, 'redis cache breaker open');
            return;
          case 'half-open':
            logger.debug(fields, 'redis cache breaker half-open');
            return;
          case 'closed': {
            const since = openedAt.get(cache);
            openedAt.delete(cache);
            const openFor = since === undefined ? {} : { openForMs: Date.now() - since };
            logger.info({ ...fields, ...openFor }, 'redis cache breaker closed');
            return;
          }
        }
        return;
      }
      case 'resync':
        logger.warn(
          { cache, event: event.event, reason: toBoundedLabel(event.reason, resyncReasons) },
          'redis cache resync',
        );
        return;
    }
  };
}
