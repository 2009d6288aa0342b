import type { ChaosScenario } from '../../models/ChaosScenario.js';
import { allMastersPause, masterKill, masterPause, replicaLagKill } from './clusterScenarios.js';
import { standaloneRestart } from './standaloneRestart.js';

/** Every scenario, in the order they run and are reported. */
export const allScenarios: readonly ChaosScenario[] = [
  masterKill,
  masterPause,
  allMastersPause,
  standaloneRestart,
  replicaLagKill,
];
