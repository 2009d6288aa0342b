import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisMode } from '@org/redis-interface';
import { checkDeletes } from './checkDeletes.js';
import {
  cacheContenderLabels,
  type BenchCache,
  type BenchCacheOpener,
  type CacheContenderId,
} from '../models/BenchCache.js';

/** What {@link checkCaches} found for one cache in one mode. */
export interface CacheCheck {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  /** Every check on settled instances passed: the cache is measured in this mode. */
  readonly works: boolean;
  /** One sentence per check, passed or not (failures start with PROBLEM, the first-call race with NOTE). */
  readonly lines: readonly string[];
}

/** How long a bus invalidation may take to reach the other instance. */
const busDeadlineMs = 1_500;

const never = (): Promise<never> =>
  Promise.reject(new Error('the factory ran although the value was stored'));
const versionOf = (value: unknown): unknown => (value as { version?: unknown } | undefined)?.version;

/** Waits until `b` serves version 2 of `key` (its L1 copy replaced); the ms it took, or undefined. */
async function waitForVersion2(b: BenchCache, key: string): Promise<number | undefined> {
  const started = performance.now();
  for (;;) {
    if (versionOf(await b.getOrSet(key, never)) === 2) return performance.now() - started;
    if (performance.now() - started > busDeadlineMs) return undefined;
    await sleep(5);
  }
}

/**
 * Before anything is timed, checks that a cache really works in a mode, on two fresh instances (L1 and bus
 * on, connections of their own, opened one after the other): B reads what A stored (through Redis, without
 * running its factory); after A stores a new value, B's L1 copy is replaced within 1.5 s (the bus);
 * `getMany` answers every stored key. Then `deleteMany` and `clear` ({@link checkDeletes}: reported, but not
 * counted in `works`, since no scenario uses them), and the same update right after opening, without
 * waiting for the bus to subscribe (a NOTE, not a failure: what an instance that serves at once would
 * see). Errors count as failed checks, they are not thrown.
 */
export async function checkCaches(
  contender: CacheContenderId,
  mode: RedisMode,
  open: BenchCacheOpener,
): Promise<CacheCheck> {
  const name = `${cacheContenderLabels[contender]}, ${mode}`;
  const lines: string[] = [];
  let works = true;
  const fail = (line: string): void => {
    works = false;
    lines.push(`PROBLEM ${name}: ${line}`);
  };
  const opened: BenchCache[] = [];
  try {
    const a = await open({ l1: true, bus: true });
    opened.push(a);
    const b = await open({ l1: true, bus: true });
    opened.push(b);
    const key = `check:${Date.now().toString(36)}`;
    await a.set(key, { version: 1 });
    const first = versionOf(await b.getOrSet(key, never));
    if (first === 1) lines.push(`${name}: a second instance read the first one's value from Redis.`);
    else fail(`a second instance read version ${String(first)} instead of 1`);
    await a.set(key, { version: 2 });
    const replacedMs = await waitForVersion2(b, key);
    if (replacedMs === undefined)
      fail(`the second instance still served the old value ${busDeadlineMs} ms after an update`);
    else
      lines.push(
        `${name}: the second instance's L1 copy was replaced ${replacedMs.toFixed(0)} ms after the first stored a new value (bus).`,
      );
    const keys = Array.from({ length: 20 }, (_, index) => `${key}:${index}`);
    await Promise.all(keys.map((each, index) => a.set(each, index)));
    const values = await b.getMany(keys);
    if (values.every((value, index) => value === index))
      lines.push(`${name}: getMany of ${keys.length} keys answered every value.`);
    else fail(`getMany answered ${JSON.stringify(values)}`);
    lines.push(...(await checkDeletes(name, a, open)));

    const early = await open({ l1: true, bus: true, waitForBus: false });
    opened.push(early);
    const earlyKey = `${key}:early`;
    await a.set(earlyKey, { version: 1 });
    await early.getOrSet(earlyKey, never);
    await a.set(earlyKey, { version: 2 });
    const earlyMs = await waitForVersion2(early, earlyKey);
    lines.push(
      earlyMs === undefined
        ? `NOTE ${name}: an update stored right after another instance's first call was missed: that instance still served the old value from its L1 ${busDeadlineMs} ms later.`
        : `${name}: an update stored right after another instance's first call reached it (${earlyMs.toFixed(0)} ms).`,
    );
  } catch (error) {
    fail(describe(error));
  } finally {
    await Promise.all(opened.map((cache) => cache.close()));
  }
  return { contender, mode, works, lines };
}

function describe(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
}
