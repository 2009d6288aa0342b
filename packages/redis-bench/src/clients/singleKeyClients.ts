import type { RedisMode } from '@org/redis-interface';
import type { ClientId } from '../models/Scenario.js';
import { attachMetrics } from './attachMetrics.js';
import type { BaselineClients } from './BaselineClients.js';
import type { BenchClient } from './BenchClient.js';
import { ioredisClient } from './ioredisClient.js';
import type { ModeClients } from './ModeClients.js';
import { oursClient } from './oursClient.js';

/** A client of the single-key scenarios, with its name in the table. */
export interface NamedClient {
  readonly mode: RedisMode;
  readonly client: ClientId;
  readonly label: string;
  readonly bench: BenchClient;
  /** The metrics listener, for the "ours + metrics" variant only. */
  readonly attach?: () => () => void;
}

/**
 * The five clients every single-key scenario compares in one mode: ours (defaults), ours with the
 * metrics listener attached, raw ioredis with ours' options (the baseline), raw ioredis with its
 * defaults, node-redis. Ours and ours + metrics share one service: only the listener differs.
 * With `baseline`, its service of this mode comes right after ours (a sixth client).
 */
export function singleKeyClients(clients: ModeClients, baseline?: BaselineClients): NamedClient[] {
  const mode = clients.mode;
  const ours = oursClient(clients.ours);
  const older: NamedClient[] =
    baseline === undefined
      ? []
      : [{ mode, client: 'oursBaseline', label: baseline.label, bench: oursClient(baseline[mode]) }];
  return [
    { mode, client: 'ours', label: 'ours (defaults)', bench: ours },
    ...older,
    { mode, client: 'oursMetrics', label: 'ours + metrics listener', bench: ours, attach: attachMetrics },
    { mode, client: 'ioredis', label: 'ioredis, same options', bench: ioredisClient(clients.ioredis) },
    {
      mode,
      client: 'ioredisDefaults',
      label: 'ioredis, its defaults',
      bench: ioredisClient(clients.ioredisDefaults),
    },
    { mode, client: 'nodeRedis', label: 'node-redis', bench: clients.nodeRedis },
  ];
}
