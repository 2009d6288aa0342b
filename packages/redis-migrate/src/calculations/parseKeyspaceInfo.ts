/** The key counts of one database, from an `INFO keyspace` line (`db3:keys=12,expires=2,avg_ttl=0`). */
export interface DatabaseKeys {
  readonly db: number;
  readonly keys: number;
  readonly expires: number;
}

/**
 * The databases holding keys on one node, from its `INFO keyspace` fields, by database number.
 * Databases without keys are not listed by Redis, so they are absent here too.
 */
export function parseKeyspaceInfo(fields: Readonly<Record<string, string>>): DatabaseKeys[] {
  const databases: DatabaseKeys[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const db = /^db(\d+)$/.exec(name)?.[1];
    if (db === undefined) continue;
    const counts = Object.fromEntries(
      value.split(',').map((pair) => {
        const [key = '', count = '0'] = pair.split('=');
        return [key, Number(count)];
      }),
    );
    databases.push({ db: Number(db), keys: counts['keys'] ?? 0, expires: counts['expires'] ?? 0 });
  }
  return databases.sort((a, b) => a.db - b.db);
}
