import { isMigratingEnv } from '@org/redis-interface';
import { namesAnAddress } from './addressVariables.js';

type Env = Readonly<Record<string, string | undefined>>;

const sides = [
  { name: 'source', prefix: 'SOURCE_REDIS_' },
  { name: 'target', prefix: 'TARGET_REDIS_' },
] as const;

/**
 * With `REDIS_MODE=migrating`, what is missing for the launcher to start: the launcher never starts
 * an embedded Redis then, so both sides must name their address (without one a side would silently
 * be `localhost:6379`).
 * @param env - usually `process.env`.
 * @returns one sentence naming the variables to set, or `undefined` when nothing is missing (or the
 *   mode is not `migrating`).
 */
export function migratingSidesProblem(env: Env): string | undefined {
  if (!isMigratingEnv(env)) return undefined;
  const missing = sides.filter((side) => !namesAnAddress(env, side.prefix));
  if (missing.length === 0) return undefined;
  const what = missing
    .map(
      ({ prefix }) =>
        `${prefix}URL (or ${prefix}HOST/${prefix}PORT, or ${prefix}MODE=cluster with ${prefix}CLUSTER_NODES)`,
    )
    .join(' and ');
  const [only] = missing;
  const who = missing.length === 1 && only !== undefined ? `the ${only.name} has none` : 'neither has one';
  return `REDIS_MODE=migrating needs the address of both sides, and ${who}: set ${what}. No embedded Redis is started for a live move.`;
}
