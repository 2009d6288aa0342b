import type { RedisMode } from '@org/redis-interface';
import type { BenchServers } from '../../services/servers.js';
import {
  cacheContenderLabels,
  type BenchCache,
  type BenchCacheOpener,
  type CacheContenderId,
} from '../models/BenchCache.js';
import { checkCaches } from './checkCaches.js';
import type { CacheContender } from './measureCacheScenario.js';
import { openBentocache } from './openBentocache.js';
import { openOurs } from './openOurs.js';
import type { StampedeContender } from './runStampede.js';

/** The caches that passed their checks, with their instances open. */
export interface ConnectedContenders {
  /** Both caches in both modes, those that work: the throughput scenarios' contenders. */
  readonly contenders: readonly CacheContender[];
  /** The same, with their openers, for the stampede (which opens instances of its own). */
  readonly stampede: readonly StampedeContender[];
  /** What the checks found, and who sits out where. */
  readonly checks: readonly string[];
  /** Close every instance (never throws). */
  close(): Promise<void>;
}

const modes: readonly RedisMode[] = ['standalone', 'cluster'];
const openers: Readonly<
  Record<CacheContenderId, (servers: BenchServers, mode: RedisMode) => BenchCacheOpener>
> = {
  ours: openOurs,
  bentocache: openBentocache,
};

/**
 * For each mode and cache: the checks (`checkCaches`); a cache that fails one sits out that mode, with a
 * line saying so; the others get their main, writer and L2-only instances opened, one after the other.
 *
 * @throws whatever opening an instance of a cache that passed its checks throws, after closing the rest.
 */
export async function connectContenders(
  servers: BenchServers,
  log: (line: string) => void,
): Promise<ConnectedContenders> {
  const opened: BenchCache[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(opened.splice(0).map((cache) => cache.close()));
  };
  const contenders: CacheContender[] = [];
  const stampede: StampedeContender[] = [];
  const checks: string[] = [];
  try {
    for (const mode of modes)
      for (const contender of ['ours', 'bentocache'] as const) {
        const open = openers[contender](servers, mode);
        const check = await checkCaches(contender, mode, open);
        checks.push(...check.lines);
        for (const line of check.lines.filter((each) => /^(PROBLEM|NOTE) /.test(each))) log(line);
        if (!check.works) {
          checks.push(
            `${cacheContenderLabels[contender]} is not measured in ${mode} mode: a check above failed.`,
          );
          continue;
        }
        const keep = async (role: Parameters<BenchCacheOpener>[0]): Promise<BenchCache> => {
          const cache = await open(role);
          opened.push(cache);
          return cache;
        };
        const main = await keep({ l1: true, bus: true });
        const writer = await keep({ l1: true, bus: false });
        const l2Only = await keep({ l1: false, bus: false });
        contenders.push({ contender, mode, instances: { main, writer, l2Only } });
        stampede.push({ contender, mode, open });
      }
    return { contenders, stampede, checks, close };
  } catch (error) {
    await close();
    throw error;
  }
}
