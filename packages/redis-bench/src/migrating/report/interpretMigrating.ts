import { formatCount, formatRatio } from '../../report/format.js';
import { migratingWorkload } from '../models/MigratingBenchSettings.js';
import type { MigratingRow, MigratingScenarioId } from '../models/MigratingResults.js';
import type { MigratingVariantId } from '../models/MigratingVariant.js';

const micros = (value: number | undefined): string => `${formatCount(value)} µs`;
const signed = (value: number): string =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : '-'}${formatCount(Math.abs(value))} µs` : '—';

/**
 * A few sentences reading the table, from its own figures: what a dual-write write costs against
 * the source alone and against source + target, what a read costs, what cutover and 100 in flight
 * change, and how wide the noise is.
 */
export function interpretMigrating(rows: readonly MigratingRow[]): string[] {
  const row = (scenario: MigratingScenarioId, variant: MigratingVariantId): MigratingRow | undefined =>
    rows.find((entry) => entry.scenario.id === scenario && entry.variant === variant);
  const p50 = (scenario: MigratingScenarioId, variant: MigratingVariantId): number =>
    row(scenario, variant)?.p50Us ?? Number.NaN;
  const ops = (scenario: MigratingScenarioId, variant: MigratingVariantId): number =>
    row(scenario, variant)?.opsPerSecond ?? Number.NaN;

  const [setA, setB, setD] = [
    p50('setSequential', 'standalone'),
    p50('setSequential', 'cluster'),
    p50('setSequential', 'dualWrite'),
  ];
  const [getA, getB] = [p50('getSequential', 'standalone'), p50('getSequential', 'cluster')];
  const [getD, getS, getC] = [
    p50('getSequential', 'dualWrite'),
    p50('getSequential', 'shadow'),
    p50('getSequential', 'cutover'),
  ];
  const slowest = Math.min(...rows.map((entry) => entry.spread.low).filter(Number.isFinite));
  const fastest = Math.max(...rows.map((entry) => entry.spread.high).filter(Number.isFinite));
  const percent = (value: number): string =>
    Number.isFinite(value) ? `${Math.abs(value * 100).toFixed(0)} %` : '—';
  return [
    `Writes, one at a time: a dual-write SET takes ${micros(setD)} at the median against ${micros(setA)} for the source alone (${signed(setD - setA)}, ${formatRatio(setD / setA)}). The source alone and the target alone add up to ${micros(setA + setB)}: the write waits for both sides in turn, and what is left for the layer itself is ${signed(setD - setA - setB)} (noise when smaller than the rows' spreads). Shadow and cutover writes do the same two round trips (cutover the target first): ${micros(p50('setSequential', 'shadow'))} and ${micros(p50('setSequential', 'cutover'))}.`,
    `Reads, one at a time: a GET runs on the read side only, so dual-write (${micros(getD)}, ${signed(getD - getA)}) and shadow (${micros(getS)}, ${signed(getS - getA)}; the sampled ${migratingWorkload.shadowSampleRate * 100} % also run on the target off the caller's path) should cost what the source alone does (${micros(getA)}), and cutover (${micros(getC)}) what the target alone does (${micros(getB)}).`,
    `With ${migratingWorkload.inFlight} in flight: dual-write SETs reach ${formatRatio(ops('setInFlight', 'dualWrite') / ops('setInFlight', 'standalone'))} the source alone's ops/s (every write is two commands, and on 2 cores the client and the four servers share the CPUs), dual-write GETs ${formatRatio(ops('getInFlight', 'dualWrite') / ops('getInFlight', 'standalone'))}, cutover GETs ${formatRatio(ops('getInFlight', 'cutover') / ops('getInFlight', 'cluster'))} the target alone's.`,
    `Noise: a row's slowest round lies up to ${percent(slowest)} below its median and its fastest up to ${percent(fastest)} above (the spread column; other processes share this machine, and a sequential op's latency jumps between two levels with the CPU scheduling): medians over interleaved rounds are what to compare, and a difference smaller than the spreads of its two rows is not a finding.`,
  ];
}
