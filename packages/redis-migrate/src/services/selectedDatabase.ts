import type { Endpoint } from '../models/Endpoint.js';

/**
 * The database a standalone endpoint's connection uses, from `CLIENT INFO` (`… db=3 …`); 0 for a
 * cluster, and when the user may not run `CLIENT INFO` (then `--db`, when given, is what counts).
 */
export async function selectedDatabase(endpoint: Endpoint, requested: number | undefined): Promise<number> {
  if (requested !== undefined || endpoint.mode === 'cluster') return requested ?? 0;
  try {
    const info = await endpoint.service.call<string>('CLIENT', 'INFO');
    return Number(/(?:^| )db=(\d+)/.exec(info)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
