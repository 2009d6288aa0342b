import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import { editDistance } from './editDistance.js';
import { isOtherPackagesVariable, knownEnvVariables } from './knownEnvVariables.js';

const maxSuggestions = 3;

// The known names a misspelt one most likely meant: the closest by edit distance (ties all named, in table
// order), if close enough to be a typo (at most half the longer name changed) or one contains the other
// (REDIS_TIMEOUT_MS for REDIS_CONNECT_TIMEOUT_MS).
function closest(suffix: string, known: readonly string[], prefix: string): string[] {
  const candidates = known.flatMap((name) => {
    const knownSuffix = name.slice(prefix.length);
    const distance = editDistance(suffix, knownSuffix);
    const contains = suffix.length >= 3 && (knownSuffix.includes(suffix) || suffix.includes(knownSuffix));
    return distance <= Math.max(suffix.length, knownSuffix.length) / 2 || contains
      ? [{ name, distance }]
      : [];
  });
  const best = Math.min(...candidates.map((candidate) => candidate.distance));
  return candidates
    .filter((candidate) => candidate.distance === best)
    .slice(0, maxSuggestions)
    .map((candidate) => candidate.name);
}

/**
 * Warnings for the set variables under `prefix` that no package of this repository reads, each naming the
 * closest known variable(s). A typo (`REDIS_TIMEOUT_MS`) would otherwise be ignored without a word. Empty
 * variables count as unset, as everywhere; values are never shown.
 *
 * @param env - the variables, usually `process.env`.
 * @param prefix - `REDIS_`, or a named client's (`CACHE_`).
 */
export function unknownEnvVariables(
  env: Readonly<Record<string, string | undefined>>,
  prefix: string,
): RedisConfigIssue[] {
  const known = knownEnvVariables(prefix);
  const knownSet = new Set(known);
  return Object.keys(env)
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .filter((name) => !knownSet.has(name) && !isOtherPackagesVariable(name))
    .filter((name) => (env[name] ?? '').trim() !== '')
    .sort()
    .map((name) => {
      const suggestions = closest(name.slice(prefix.length), known, prefix);
      const fix =
        suggestions.length === 0
          ? 'remove it or check its spelling (docs/configuration.md lists the variables)'
          : `did you mean ${suggestions.join(' or ')}?`;
      return { path: name, message: `${name} is not a known variable, so it is ignored: ${fix}` };
    });
}
