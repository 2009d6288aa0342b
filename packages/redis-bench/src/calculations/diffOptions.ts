/** Options that hold objects of their own, compared one level down (`redisOptions.keyPrefix`). */
const nested = new Set(['redisOptions']);

function flatten(options: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(options)) {
    const path = prefix + key;
    if (value !== null && typeof value === 'object' && nested.has(key)) {
      for (const [inner, described] of flatten(value as object, `${path}.`)) flat.set(inner, described);
    } else if (typeof value === 'function') {
      // Two clients cannot share a closure ioredis made; that both have one is what matters.
      flat.set(path, 'function');
    } else if (typeof value === 'string') {
      // Quoted, so that an empty key prefix reads as "" rather than as nothing.
      flat.set(path, JSON.stringify(value));
    } else if (value === undefined || typeof value !== 'object' || value === null) {
      flat.set(path, String(value));
    } else {
      flat.set(path, JSON.stringify(value));
    }
  }
  return flat;
}

/**
 * The options on which two ioredis clients differ, as `path: ours vs theirs` lines; empty when they
 * agree. Used to prove that "raw ioredis with the same options" really runs with ours' options:
 * both clients' `options` (after ioredis filled its defaults) are compared, `redisOptions` one level
 * down, functions only by presence. `ignore` lists paths that are expected to differ.
 */
export function diffOptions(ours: object, theirs: object, ignore: readonly string[] = []): string[] {
  const left = flatten(ours);
  const right = flatten(theirs);
  const paths = [...new Set([...left.keys(), ...right.keys()])].filter((path) => !ignore.includes(path));
  return paths
    .sort()
    .filter((path) => left.get(path) !== right.get(path))
    .map((path) => `${path}: ${left.get(path) ?? 'unset'} vs ${right.get(path) ?? 'unset'}`);
}
