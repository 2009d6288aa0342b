import type { ClusterClients } from './connectCluster.js';
import type { StandaloneClients } from './connectStandalone.js';

/** The clients of either phase. */
export type ModeClients = StandaloneClients | ClusterClients;
