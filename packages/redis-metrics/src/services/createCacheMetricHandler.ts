import type { RedisCacheEvent, RedisCacheStaleReason } from '@org/redis-interface';
import type { Histogram } from 'prom-client';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toCacheLabel } from '../calculations/toCacheLabel.js';
import type { RedisCacheMetricSet } from './createMetricSet.js';

const tiers: ReadonlySet<string> = new Set(['l1', 'l2']);
// Every RedisCacheStaleReason (checked by the compiler); a series starts at its first event.
const staleReasons: ReadonlySet<string> = new Set([
  'refreshing',
  'soft-timeout',
  'factory-error',
] satisfies readonly RedisCacheStaleReason[]);
const factoryOutcomes: ReadonlySet<string> = new Set(['ok', 'error', 'timeout']);
const lockOutcomes: ReadonlySet<string> = new Set(['value', 'acquired', 'timeout']);
const directions: ReadonlySet<string> = new Set(['in', 'out']);
const invalidationKinds: ReadonlySet<string> = new Set(['set', 'delete', 'tags', 'clear']);
const resyncReasons: ReadonlySet<string> = new Set(['gap', 'bus-down']);
// The members of IRedisCache: `operation` is typed as a string, so a new member shows as `other`
// until it is listed here rather than opening the label to any text.
const operations: ReadonlySet<string> = new Set([
  'getOrSet',
  'get',
  'getMany',
  'set',
  'has',
  'delete',
  'deleteMany',
  'deleteByTag',
  'deleteByTags',
  'clear',
]);
/**
 * `breaker_state` by state, ordered so that `max by (cache)` picks the worst instance. A Map, not an
 * object: a state such as `toString` must not find an inherited member.
 */
const breakerValues: ReadonlyMap<unknown, number> = new Map([
  ['closed', 0],
  ['half-open', 1],
  ['open', 2],
]);

/** Observe a duration in seconds, if the event's milliseconds are a real duration. */
function observeMs(histogram: Histogram, labels: { cache: string }, durationMs: unknown): void {
  if (typeof durationMs === 'number' && Number.isFinite(durationMs) && durationMs >= 0) {
    histogram.observe(labels, durationMs / 1000);
  }
}

/**
 * The subscriber of the `cache` channel: turns the events of `@org/redis-cache` into the cache metrics
 * of `metrics`. Every label is bounded (an unknown value becomes `other`); no key ever reaches one.
 *
 * A breaker event sets `breaker_state` to 0 (closed), 1 (half-open) or 2 (open); an unknown state is
 * ignored, like an unknown migration phase, since no number would say what it means.
 */
export function createCacheMetricHandler(metrics: RedisCacheMetricSet): (event: unknown) => void {
  return (raw) => {
    const event = raw as RedisCacheEvent;
    const cache = toCacheLabel(event.cache);
    switch (event.event) {
      case 'hit':
        metrics.hits_total.inc({ cache, tier: toBoundedLabel(event.tier, tiers) });
        return;
      case 'miss':
        metrics.misses_total.inc({ cache });
        return;
      case 'stale':
        metrics.stale_served_total.inc({ cache, reason: toBoundedLabel(event.reason, staleReasons) });
        return;
      case 'factory':
        metrics.factory_runs_total.inc({ cache, outcome: toBoundedLabel(event.outcome, factoryOutcomes) });
        observeMs(metrics.factory_duration_seconds, { cache }, event.durationMs);
        return;
      case 'lock-wait':
        metrics.lock_waits_total.inc({ cache, outcome: toBoundedLabel(event.outcome, lockOutcomes) });
        observeMs(metrics.lock_wait_duration_seconds, { cache }, event.durationMs);
        return;
      case 'invalidation':
        metrics.invalidations_total.inc({
          cache,
          direction: toBoundedLabel(event.direction, directions),
          kind: toBoundedLabel(event.kind, invalidationKinds),
        });
        return;
      case 'resync':
        metrics.resyncs_total.inc({ cache, reason: toBoundedLabel(event.reason, resyncReasons) });
        return;
      case 'breaker': {
        const value = breakerValues.get(event.state);
        if (value !== undefined) metrics.breaker_state.set({ cache }, value);
        return;
      }
      case 'degraded':
        metrics.degraded_total.inc({ cache, operation: toBoundedLabel(event.operation, operations) });
        return;
    }
  };
}
