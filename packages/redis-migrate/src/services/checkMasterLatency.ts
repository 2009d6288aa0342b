import type { IRedisService } from '@org/redis-interface';
import type { CheckOutcome } from './runCheck.js';
import { smokeKey, type SmokeMaster } from './readSmokeTopology.js';
import { withDeadline } from './withDeadline.js';

/** A first command may pay for a connection being opened: the best of a few tries is what counts. */
const ATTEMPTS = 3;

/**
 * Whether `master` answers within `maxLatencyMs`: an `EXISTS` of a key routed to it (PING carries
 * no key, so it cannot be aimed at one master through the routing an application uses), the best
 * of {@link ATTEMPTS}. A master that stops answering fails after `ATTEMPTS × maxLatencyMs`.
 */
export async function checkMasterLatency(
  service: IRedisService,
  master: SmokeMaster,
  maxLatencyMs: number,
): Promise<CheckOutcome> {
  let best: number | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const started = performance.now();
    const outcome = await withDeadline(service.exists(smokeKey(master.tag)), maxLatencyMs);
    if (!outcome.settled) continue;
    const elapsed = performance.now() - started;
    best = Math.min(best ?? elapsed, elapsed);
  }
  if (best === undefined) {
    return { ok: false, detail: `no answer within ${maxLatencyMs} ms (${ATTEMPTS} tries)` };
  }
  return {
    ok: best <= maxLatencyMs,
    detail: `answered in ${best.toFixed(1)} ms (bound ${maxLatencyMs} ms)`,
  };
}
