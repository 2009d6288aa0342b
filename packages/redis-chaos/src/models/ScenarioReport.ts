import type { LoadReport } from './LoadReport.js';

/** One scenario's run: what was done to the servers, and each load's figures. */
export interface ScenarioReport {
  /** Scenario id, e.g. `master-kill`. */
  readonly name: string;
  /** What the scenario does, one sentence. */
  readonly title: string;
  /** Milestones of the fault relative to its start in ms (`failover done`, `resumed`…). */
  readonly milestones: readonly { readonly label: string; readonly atMs: number }[];
  /** One report per write load that ran (durable writes only where there are replicas). */
  readonly loads: readonly LoadReport[];
  /** Wall time of the whole scenario, servers included, in ms. */
  readonly elapsedMs: number;
}
