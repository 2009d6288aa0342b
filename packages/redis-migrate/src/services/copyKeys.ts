import type { CopyContext } from '../models/CopyContext.js';
import { addCounters, emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import type { CopyFailure } from '../models/CopyFailure.js';
import type { CopyOptions } from '../models/CopyOptions.js';
import type { CopyReport } from '../models/CopyReport.js';
import { MigrateError } from '../models/MigrateError.js';
import type { Reporter } from '../models/Progress.js';
import { CheckpointWriter } from './CheckpointWriter.js';
import { copyBigKey } from './copyBigKey.js';
import type { Endpoints } from './openEndpoints.js';
import { prepareCopy } from './prepareCopy.js';
import { RateLimiter } from './RateLimiter.js';
import { compareVersions } from '../calculations/compareVersions.js';
import { writePageScript } from '../calculations/pageScripts.js';
import { PageReader } from './PageReader.js';
import { readKeyScript } from '../calculations/readScript.js';
import { LoadedScript } from './LoadedScript.js';
import { NodeGroups } from './NodeGroups.js';
import { PresenceReader } from './PresenceReader.js';
import { liveWritePageScript } from '../calculations/liveCopyScripts.js';
import { walkNodes } from './walkNodes.js';

/** One copy run's inputs. */
export interface CopyRun {
  /** Source and target, connected. */
  readonly endpoints: Endpoints;
  /** The copy's settings (the `copy` flags: `--match`, `--batch`, `--on-existing`, checkpoint, `--live`…). */
  readonly options: CopyOptions;
  /** Where progress, warnings and the result go. */
  readonly reporter: Reporter;
  /** Where SIGINT/SIGTERM come from. */
  readonly signals: Pick<NodeJS.Process, 'once' | 'removeListener'>;
  /** Which keys of each page to copy (all when undefined); see `CopyContext.selectKeys`. */
  readonly selectKeys?: CopyContext['selectKeys'];
}

/** How many failed keys the report lists. */
const listedFailures = 20;

/**
 * Copy every source key to the target (the source is only read): every source master walked in
 * parallel, a checkpoint written every few seconds and on SIGINT/SIGTERM, resumable.
 *
 * @throws MigrateError as `prepareCopy`, `writeKeys`, `readKeys`; `INTERRUPTED` after a signal
 *   (the checkpoint is saved: `copy --resume` carries on).
 */
export async function copyKeys(run: CopyRun): Promise<CopyReport> {
  const { endpoints, options, reporter } = run;
  const { source, target } = endpoints;
  const start = await prepareCopy(endpoints, options);
  const startedAt = start.resumed?.startedAt ?? new Date().toISOString();
  const checkpoint = new CheckpointWriter(options.checkpointPath, start.identity, startedAt);
  for (const [node, progress] of Object.entries(start.resumed?.nodes ?? {})) checkpoint.set(node, progress);
  const failures: CopyFailure[] = [];
  const absoluteExpiry = compareVersions(source.version, '7.0.0') >= 0;
  const script = new LoadedScript(source.service, readKeyScript(absoluteExpiry));
  const limiter = new RateLimiter(options.maxOpsPerSecond);
  const afterRead = options.live?.afterRead;
  const context: CopyContext = {
    source: source.service,
    target: target.service,
    options,
    replace:
      options.onExisting === 'replace' || (options.onExisting === 'fail' && start.resumed !== undefined),
    throttle: (count) => limiter.take(count),
    sourcePages: new PageReader(source.service, source.version, source.mode === 'cluster'),
    pageWrite: new LoadedScript(target.service, writePageScript),
    targetGroups: new NodeGroups(target.service, target.mode === 'cluster'),
    scriptSha: () => script.sha(),
    reloadScript: () => script.reload(),
    copyBigKey: async (key, replace) => {
      const outcome = await copyBigKey({
        source: source.service,
        target: target.service,
        key,
        chunk: options.batch,
        replace,
        beforeSourceCommand: () => limiter.take(1),
        beforeFinish: afterRead === undefined ? undefined : () => afterRead([key]),
      });
      return outcome.status === 'copied' ? { status: 'copied', bytes: outcome.bytes } : outcome;
    },
    selectKeys: run.selectKeys,
    liveWrite: options.live === undefined ? undefined : new LoadedScript(target.service, liveWritePageScript),
    sourcePresence:
      options.live === undefined
        ? undefined
        : new PresenceReader(source.service, source.mode === 'cluster', 'source'),
    recordFailure: (failure) => {
      if (failures.length < listedFailures) failures.push(failure);
    },
  };
  const resumedTotals = emptyCounters();
  for (const [, progress] of checkpoint.entries()) addCounters(resumedTotals, progress.counters);
  const live: CopyCounters = { ...resumedTotals };
  const total = options.match === undefined ? await source.service.dbsize() : undefined;
  const bar = reporter.progress('copy');
  const show = (): void => bar.update({ keys: live.scanned, bytes: live.bytes, errors: live.failed, total });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    stopping = true;
    reporter.warn(
      `${signal}: finishing the pages in flight, then saving the checkpoint ${options.checkpointPath}`,
    );
  };
  run.signals.once('SIGINT', onSignal);
  run.signals.once('SIGTERM', onSignal);
  const began = Date.now();
  checkpoint.start(options.checkpointIntervalMs);
  let outcome: 'done' | 'stopped';
  try {
    await checkpoint.save('running');
    outcome = await walkNodes(context, checkpoint, reporter, {
      stopping: () => stopping,
      pageDone: (counters) => {
        addCounters(live, counters);
        show();
      },
    });
  } catch (error) {
    checkpoint.stop();
    await checkpoint.save('running').catch(() => undefined);
    throw error;
  } finally {
    checkpoint.stop();
    run.signals.removeListener('SIGINT', onSignal);
    run.signals.removeListener('SIGTERM', onSignal);
  }
  const totals = emptyCounters();
  for (const [, progress] of checkpoint.entries()) addCounters(totals, progress.counters);
  bar.stop({ keys: totals.scanned, bytes: totals.bytes, errors: totals.failed, total });
  if (outcome === 'stopped') {
    await checkpoint.save('interrupted');
    throw new MigrateError(
      'INTERRUPTED',
      `Copy interrupted after ${totals.copied} keys; the checkpoint ${options.checkpointPath} is saved: run the same command with --resume to carry on`,
    );
  }
  const finishedAt = new Date().toISOString();
  await checkpoint.save('done', finishedAt);
  const durationMs = Date.now() - began;
  return {
    command: 'copy',
    ok: totals.failed === 0,
    source: source.description,
    target: target.description,
    ...totals,
    durationMs,
    keysPerSecond: Math.round(((totals.copied - resumedTotals.copied) * 1000) / Math.max(durationMs, 1)),
    resumed: start.resumed !== undefined,
    live: options.live !== undefined,
    checkpoint: options.checkpointPath,
    finishedAt,
    failures,
  };
}
