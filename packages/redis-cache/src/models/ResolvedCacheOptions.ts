import type { CacheSerializer } from './CacheSerializer.js';

/** {@link RedisCacheOptions} checked, with every default filled in. */
export interface ResolvedCacheOptions {
  readonly name: string;
  /** `cache:<name>`: every Redis key and the bus channel start with it. */
  readonly prefix: string;
  readonly ttlMs: number;
  readonly graceMs: number;
  readonly softTimeoutMs: number | undefined;
  readonly hardTimeoutMs: number | undefined;
  readonly throwOnL2Error: boolean;
  readonly l1: { readonly enabled: boolean; readonly maxEntries: number; readonly maxBytes: number };
  readonly bus: { readonly enabled: boolean; readonly heartbeatMs: number };
  readonly lock: { readonly enabled: boolean; readonly leaseMs: number; readonly waitMs: number };
  readonly breaker: { readonly failureThreshold: number; readonly openMs: number };
  readonly serializer: CacheSerializer;
}
