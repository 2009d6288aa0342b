import { dumpCompatibility } from '../calculations/dumpCompatibility.js';
import { estimateDuration } from '../calculations/estimateDuration.js';
import { otherDatabases } from '../calculations/otherDatabases.js';
import type { Reporter } from '../models/Progress.js';
import type { BigKey, PlanReport } from '../models/PlanReport.js';
import { createOpsLimiter, type OpsLimiter } from './createOpsLimiter.js';
import { measureKeySizes } from './measureKeySizes.js';
import { measureReadRate } from './measureReadRate.js';
import type { Endpoints } from './openEndpoints.js';
import { readNodeFigures } from './readNodeFigures.js';
import { sampleKeys } from './sampleKeys.js';
import { selectedDatabase } from './selectedDatabase.js';

/** The knobs of a plan (the CLI flags). */
export interface PlanOptions {
  /** `--db`, when given. */
  readonly db: number | undefined;
  readonly batch: number;
  readonly sampleKeys: number;
  readonly bigKeyBytes: number;
  readonly maxOpsPerSecond: number | undefined;
}

/** At most this many sampled keys are DUMPed to time a read: a second or two on a local server. */
const RATE_SAMPLE_KEYS = 2000;
const TOP_KEYS = 10;

/**
 * Look at both sides and say what a copy would meet, changing nothing: only INFO, DBSIZE, SCAN,
 * MEMORY USAGE, TYPE, DUMP and PEXPIRETIME are sent (to the target only INFO and DBSIZE).
 *
 * @throws RedisError from those commands (`NO_PERMISSION`, `CLUSTER_DOWN`, `COMMAND_TIMEOUT`…).
 */
export async function runPlan(
  { source, target }: Endpoints,
  options: PlanOptions,
  reporter: Reporter,
): Promise<PlanReport> {
  const limiter = createOpsLimiter(options.maxOpsPerSecond);
  const warnings: string[] = [];
  const db = await selectedDatabase(source, options.db);
  const [figures, targetKeys] = await Promise.all([
    readNodeFigures(source.service, db),
    target.service.dbsize(),
  ]);
  const sourceKeys = figures.nodes.reduce((sum, node) => sum + node.keys, 0);
  if (targetKeys > 0) {
    warnings.push(
      `the target already holds ${targetKeys} keys: copy's --on-existing decides what happens to keys that exist on both sides`,
    );
  }
  reporter.info(`plan: sampling up to ${options.sampleKeys} keys per source node`);
  const sampled = [
    ...(
      await sampleKeys(source.service, { perNode: options.sampleKeys, batch: options.batch, limiter })
    ).values(),
  ].flat();
  const sizes = (await measureKeySizes(source.service, sampled, limiter)).sort((a, b) => b.bytes - a.bytes);
  const top = sizes.slice(0, TOP_KEYS);
  const types =
    top.length === 0
      ? []
      : await typesOf(
          source,
          top.map((entry) => entry.key),
          limiter,
        );
  const biggestKeys: BigKey[] = top.map((entry, index) => ({
    key: entry.key.toString(),
    bytes: entry.bytes,
    type: types[index] ?? 'unknown',
    big: entry.bytes > options.bigKeyBytes,
  }));
  // Big keys go element by element in a copy: their DUMP is not what the copy does, keep them out.
  const readable = sizes.filter((entry) => entry.bytes <= options.bigKeyBytes).slice(0, RATE_SAMPLE_KEYS);
  const read = await measureReadRate(
    source.service,
    readable.map((entry) => entry.key),
    options.batch,
    limiter,
  );
  const compatibility = dumpCompatibility(source.version, target.version);
  const others = otherDatabases(figures.databases, db, target.mode);
  for (const other of others) {
    warnings.push(
      `source database ${other.db} holds ${other.keys} keys that this copy leaves out: copy them with ${other.suggestion}`,
    );
  }
  return {
    command: 'plan',
    ok: compatibility.compatible,
    source: {
      mode: source.mode,
      version: source.version,
      description: source.description,
      db,
      keys: sourceKeys,
      nodes: figures.nodes,
    },
    target: { mode: target.mode, version: target.version, description: target.description, keys: targetKeys },
    compatible: compatibility.compatible,
    compatibility: compatibility.reason,
    rdbVersion: read.rdbVersion,
    otherDatabases: others,
    biggestKeys,
    sampledKeys: sizes.length,
    estimate: estimateDuration(read.keys, read.elapsedMs, sourceKeys),
    warnings,
  };
}

async function typesOf(
  source: Endpoints['source'],
  keys: readonly Buffer[],
  limiter: OpsLimiter,
): Promise<string[]> {
  await limiter.take(keys.length);
  const pipeline = source.service.pipeline();
  for (const key of keys) pipeline.type(key);
  const results = await pipeline.exec();
  return results.map((result) => (result.ok ? String(result.value) : 'unknown'));
}
