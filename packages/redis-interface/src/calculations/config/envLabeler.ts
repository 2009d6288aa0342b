import type { ConfigLabeler } from './ConfigLabeler.js';
import { redisEnvVariableKeys, redisEnvVariables, type RedisEnvVariable } from './redisEnvVariables.js';

function variableOf(at: readonly PropertyKey[]): RedisEnvVariable | undefined {
  let best: RedisEnvVariable | undefined;
  for (const key of redisEnvVariableKeys) {
    const option: readonly string[] = redisEnvVariables[key].option;
    const matches = option.length <= at.length && option.every((segment, index) => at[index] === segment);
    if (matches && (best === undefined || option.length > redisEnvVariables[best].option.length)) best = key;
  }
  return best;
}

function entryOf(variable: RedisEnvVariable, at: readonly PropertyKey[]): string {
  const entry = at[1];
  if (variable === 'clusterNodes' && typeof entry === 'number') return ` (node ${entry + 1})`;
  if (variable === 'clusterNatMap' && entry !== undefined) return ` (entry ${JSON.stringify(String(entry))})`;
  return '';
}

/**
 * Labels for configuration built from the environment: an option path becomes the variable that set it,
 * e.g. `nodes[1].port` becomes `REDIS_CLUSTER_NODES (node 2)`.
 */
export function envLabeler(names: Readonly<Record<RedisEnvVariable, string>>): ConfigLabeler {
  const nameOf = (at: readonly PropertyKey[]): string => {
    const variable = variableOf(at);
    return variable === undefined ? 'environment' : names[variable];
  };
  return {
    path: nameOf,
    label: (at) => {
      const variable = variableOf(at);
      return variable === undefined ? 'environment' : `${names[variable]}${entryOf(variable, at)}`;
    },
  };
}
