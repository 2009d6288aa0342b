import { benchKey, benchValue } from '../calculations/benchKeys.js';
import type { NamedClient } from '../clients/singleKeyClients.js';

/**
 * Before anything is timed, make each client prove it does the work: a SET read back by GET, and a
 * one-command pipeline whose write GET sees (a pipeline reports failures in its results rather than
 * throwing, so a broken one would otherwise just look fast).
 *
 * @returns one line per problem; empty when every client is sound.
 */
export async function checkSingleKeyClients(clients: readonly NamedClient[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, named] of clients.entries()) {
    const name = `${named.mode} ${named.label}`;
    try {
      const key = benchKey('c', index * 2);
      await named.bench.set(key, benchValue);
      if ((await named.bench.get(key)) !== benchValue)
        problems.push(`${name}: GET did not return the SET value`);
      const piped = benchKey('c', index * 2 + 1);
      await named.bench.pipeline([['set', piped, benchValue]]);
      if ((await named.bench.get(piped)) !== benchValue)
        problems.push(`${name}: the pipeline's SET was not applied`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
