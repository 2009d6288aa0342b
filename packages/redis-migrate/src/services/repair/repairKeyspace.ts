import { compareVersions } from '../../calculations/compareVersions.js';
import { controlKeyNames, isControlKey } from '../../calculations/phase/controlKeyNames.js';
import { currentControl } from '../../calculations/phase/currentControl.js';
import { formatVerifiedRecord } from '../../calculations/phase/verifiedRecordJson.js';
import { MigrateError } from '../../models/MigrateError.js';
import type { RepairOutcome } from '../../models/RepairOutcome.js';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';
import type { VerifyRequest } from '../../models/VerifyRequest.js';
import { mapConcurrently } from '../mapConcurrently.js';
import { readSidePhaseState } from '../phase/readPhaseState.js';
import { verifyKeyspace } from '../verifyKeyspace.js';
import { collectRepairSet } from './collectRepairSet.js';
import { repairKey, type KeyRepairOutcome } from './repairKey.js';

/** What `verify --repair` runs. */
export interface RepairRequest extends VerifyRequest {
  /** The side whose values are right: `source` until cutover, `target` to roll back from it. */
  readonly authoritative: 'source' | 'target';
  readonly controlKey: string;
  /** Wait before re-reading the differing keys, so that the application's second writes land. */
  readonly settleMs: number;
  /** Keys repaired at most in one run; the others are counted as `notAttempted`. */
  readonly maxRepairs: number;
}

/** Keys repaired at once: each takes a few round trips. */
const concurrency = 8;
/** Compare-and-set attempts per key before it is left as changing. */
const attempts = 3;

/**
 * `verify --repair`: verify (leaving the move's own keys out), then, after `settleMs`, put right
 * every key found differing and every member of `<controlKey>:repair` on either side, with the
 * authoritative side's value and a compare-and-set on the other (`repairKey`). A key is taken out
 * of the repair sets before it is repaired (a failure recorded meanwhile adds it again) and put back
 * on the authoritative side when it could not be repaired. Records the result in
 * `<controlKey>:verified` on both sides, with the control revision read at the start: clean only
 * for a full (unsampled) verify that left nothing differing.
 *
 * @throws MigrateError `INCOMPATIBLE_VERSIONS` before Redis 7 on a side (PEXPIRETIME), and as
 *   `verifyKeyspace`.
 */
export async function repairKeyspace(request: RepairRequest): Promise<RepairOutcome> {
  const { source, target } = request;
  for (const side of [source, target]) {
    if (compareVersions(side.version, '7.0.0') < 0) {
      throw new MigrateError(
        'INCOMPATIBLE_VERSIONS',
        `verify --repair needs Redis 7.0 or newer on both sides (PEXPIRETIME); the ${side.side} runs ${side.version}: run verify without --repair and copy again`,
      );
    }
  }
  const names = controlKeyNames(request.controlKey);
  const [sourceState, targetState] = await Promise.all([
    readSidePhaseState(source.service, names, 'source'),
    readSidePhaseState(target.service, names, 'target'),
  ]);
  const { control } = currentControl(sourceState.control, targetState.control, true);
  const candidates = new Map<string, Buffer>();
  let notAttempted = 0;
  const verify = await verifyKeyspace({
    ...request,
    ignoreKey: (key) => isControlKey(names, key),
    onMismatchKey: (key) => {
      const id = key.toString('hex');
      if (candidates.has(id)) return;
      if (candidates.size < request.maxRepairs) candidates.set(id, key);
      else notAttempted += 1;
    },
  });
  for (const side of [source, target])
    notAttempted += await collectRepairSet(side.service, names.repair, candidates, request.maxRepairs);
  if (candidates.size > 0) await new Promise((resolve) => setTimeout(resolve, request.settleMs));
  const [authoritative, other] = request.authoritative === 'source' ? [source, target] : [target, source];
  const sides = {
    authoritative: authoritative.service,
    other: other.service,
    ttlToleranceMs: request.ttlToleranceMs,
    attempts,
    settleMs: request.settleMs,
  };
  const outcomes = await mapConcurrently([...candidates.values()], concurrency, async (key) => {
    // Out of the sets first: a second write failing from now on adds the key again.
    await Promise.all([source.service.srem(names.repair, [key]), target.service.srem(names.repair, [key])]);
    const outcome: KeyRepairOutcome | 'failed' = await repairKey(sides, key).catch(() => 'failed' as const);
    if (outcome === 'changed' || outcome === 'failed') await authoritative.service.sadd(names.repair, [key]);
    return outcome;
  });
  const count = (what: KeyRepairOutcome | 'failed'): number =>
    outcomes.filter((outcome) => outcome === what).length;
  const stillDiffering = count('changed') + count('failed') + notAttempted;
  const record: VerifiedRecord = {
    clean: stillDiffering === 0 && request.sample.percent === 100,
    at: new Date().toISOString(),
    authoritative: request.authoritative,
    revision: control.revision,
    phase: control.phase,
    keysChecked: verify.keysChecked,
    repaired: count('repaired'),
    stillDiffering,
  };
  const text = formatVerifiedRecord(record);
  await Promise.all([source.service.set(names.verified, text), target.service.set(names.verified, text)]);
  return {
    verify,
    candidates: candidates.size,
    repaired: record.repaired,
    agreed: count('agreed'),
    skippedChanged: count('changed'),
    failed: count('failed'),
    notAttempted,
    stillDiffering,
    record,
  };
}
