import type { RedisMode } from '@org/redis-interface';
import { CLUSTER_SLOT_COUNT, coveredSlots } from '../calculations/clusterSlotRanges.js';
import type { Endpoint } from '../models/Endpoint.js';
import type { SmokeCheck, SmokeReport } from '../models/SmokeCheck.js';
import { checkMasterLatency } from './checkMasterLatency.js';
import { checkPermissions } from './checkPermissions.js';
import { checkPubSub } from './checkPubSub.js';
import { checkReplicas } from './checkReplicas.js';
import { checkRoundTrip } from './checkRoundTrip.js';
import { readSmokeTopology } from './readSmokeTopology.js';
import { runCheck } from './runCheck.js';

/** The knobs of a smoke run (the CLI flags). */
export interface SmokeOptions {
  /** `--expect-mode`; without it the mode check only reports the mode. */
  readonly expectMode: RedisMode | undefined;
  readonly maxLatencyMs: number;
}

/** Pub/sub delivery crosses the cluster bus: give it more than one command's latency. */
const PUBSUB_TIMEOUT_MS = 2_000;

/**
 * Check that `endpoint` serves as an application expects, in this order: the mode; (cluster) every
 * slot served by a master that answers; each master answering within the bound; a SET/GET/DEL
 * round trip through each master; replicas in sync; pub/sub delivery; the user's permissions. Every
 * check runs even when an earlier one failed (a round trip is skipped only for a master that did
 * not answer), so one run lists every problem.
 *
 * Writes only keys `redis-migrate:smoke:{tag}:<random>`, deleted at once and with a 60 s TTL.
 */
export async function runSmoke(endpoint: Endpoint, options: SmokeOptions): Promise<SmokeReport> {
  const { service } = endpoint;
  const checks: SmokeCheck[] = [];
  checks.push(
    await runCheck('mode', () =>
      Promise.resolve(
        options.expectMode === undefined || options.expectMode === endpoint.mode
          ? { ok: true, detail: `${endpoint.mode}, Redis ${endpoint.version}` }
          : {
              ok: false,
              detail: `expected ${options.expectMode}, found ${endpoint.mode} (${endpoint.description})`,
            },
      ),
    ),
  );
  let topology: Awaited<ReturnType<typeof readSmokeTopology>> | undefined;
  const topologyCheck = await runCheck('topology', async () => {
    topology = await readSmokeTopology(endpoint);
    return { ok: topology.masters.length > 0, detail: `${topology.masters.length} master(s)` };
  });
  const latencies = await Promise.all(
    (topology?.masters ?? []).map(async (master) => ({
      master,
      check: await runCheck(`latency ${master.node}`, () =>
        checkMasterLatency(service, master, options.maxLatencyMs),
      ),
    })),
  );
  const answering = new Set(latencies.filter(({ check }) => check.ok).map(({ master }) => master.node));
  if (!topologyCheck.ok) checks.push(topologyCheck);
  if (endpoint.mode === 'cluster' && topology !== undefined) {
    const ranges = topology.ranges ?? [];
    checks.push(
      await runCheck('slots', () => {
        const assigned = coveredSlots(ranges);
        const served = coveredSlots(ranges, answering);
        const ok = served === CLUSTER_SLOT_COUNT;
        return Promise.resolve({
          ok,
          detail: ok
            ? `all ${CLUSTER_SLOT_COUNT} slots served by ${answering.size} answering masters`
            : `${served}/${CLUSTER_SLOT_COUNT} slots served by a master that answers (${assigned} assigned)`,
        });
      }),
    );
  }
  checks.push(...latencies.map(({ check }) => check));
  for (const { master } of latencies) {
    checks.push(
      await runCheck(`roundtrip ${master.node}`, () =>
        answering.has(master.node)
          ? checkRoundTrip(service, master)
          : Promise.resolve({ ok: false, detail: 'skipped: the master did not answer' }),
      ),
    );
  }
  checks.push(await runCheck('replicas', () => checkReplicas(service)));
  checks.push(await runCheck('pubsub', () => checkPubSub(service, PUBSUB_TIMEOUT_MS)));
  checks.push(await runCheck('permissions', () => checkPermissions(service, endpoint.side, endpoint.mode)));
  return {
    command: 'smoke',
    ok: checks.every((check) => check.ok),
    endpoint: {
      side: endpoint.side,
      mode: endpoint.mode,
      description: endpoint.description,
      version: endpoint.version,
    },
    checks,
  };
}
