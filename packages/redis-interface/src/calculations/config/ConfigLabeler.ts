/**
 * Names a place in the configuration for messages: the option path, or the environment variable.
 */
export interface ConfigLabeler {
  /** `path` of the resulting issue, e.g. `nodes[1].port` or `REDIS_CLUSTER_NODES`. */
  path(at: readonly PropertyKey[]): string;
  /** How the message starts, e.g. `nodes[1].port` or `REDIS_CLUSTER_NODES (node 2)`. */
  label(at: readonly PropertyKey[]): string;
}

function formatSegment(segment: PropertyKey, index: number): string {
  if (typeof segment === 'number') return `[${segment}]`;
  const name = String(segment);
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
  return index === 0 ? name : `.${name}`;
}

/** Labels for an options object: `nodes[1].port`, `natMap["10.0.0.1:7000"].host`. */
export const optionsLabeler: ConfigLabeler = {
  path: (at) => (at.length === 0 ? 'config' : at.map(formatSegment).join('')),
  label: (at) => (at.length === 0 ? 'config' : at.map(formatSegment).join('')),
};
