import type { BenchCommand } from './BenchClient.js';

/** A pipeline or MULTI builder of any client family: it takes a SET or a GET. */
export interface SetGetQueue {
  set(key: string, value: string): unknown;
  get(key: string): unknown;
}

/** Queue every command on `queue` in order (ours' pipeline, node-redis' MULTI…) and return it. */
export function queueBenchCommands<Q extends SetGetQueue>(queue: Q, commands: readonly BenchCommand[]): Q {
  for (const command of commands) {
    if (command[0] === 'set') queue.set(command[1], command[2]);
    else queue.get(command[1]);
  }
  return queue;
}
